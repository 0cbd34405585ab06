import { afterEach, describe, expect, it } from 'vitest';
import { createDisplayPublisher, subscribeToDisplay } from './display-channel';
import { idleContent, type DisplayContent, type StateMessage } from './display-message';

// Each test has its own channel name: BroadcastChannel reaches every channel of that name in the process.
let name = 0;
const channelName = () => `test-display-${(name += 1)}`;
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

const sale: DisplayContent = {
  ...idleContent('Hollybush Market', 'GBP'),
  phase: 'sale',
  lines: [{ name: 'Braeburn apples', detail: '3 × £0.65', amount: 195 }],
  savings: [{ label: '3 for £1.50', amount: 45 }],
  total: 150,
};

/** A display window, and a way to wait for what it shows. */
function openDisplay(channel: string) {
  const waiting: { phase: DisplayContent['phase']; resolve: (view: StateMessage) => void }[] = [];
  closers.push(
    subscribeToDisplay((view) => {
      waiting.filter((w) => w.phase === view.content.phase).forEach((w) => w.resolve(view));
    }, channel),
  );
  return {
    /** Resolves with the next state shown in `phase`. */
    next: (phase: DisplayContent['phase']) => new Promise<StateMessage>((resolve) => waiting.push({ phase, resolve })),
  };
}

/** Resolves with the first state a newly opened display shows in `phase`. */
const nextState = (channel: string, phase: DisplayContent['phase']) => openDisplay(channel).next(phase);

describe('the customer display channel', () => {
  it('shows a display that opens mid-sale what the till shows', async () => {
    const channel = channelName();
    const till = createDisplayPublisher(idleContent('Hollybush Market', 'GBP'), channel);
    closers.push(() => till.close());
    till.publish(sale);
    const shown = await nextState(channel, 'sale');
    expect(shown.content).toEqual(sale);
  });

  it('follows the till as the sale changes', async () => {
    const channel = channelName();
    const till = createDisplayPublisher(idleContent('Hollybush Market', 'GBP'), channel);
    closers.push(() => till.close());
    const idle = await nextState(channel, 'idle');
    const paying = nextState(channel, 'paying');
    till.publish({ ...sale, phase: 'paying', tenders: [{ kind: 'cash', amount: 100 }] });
    expect((await paying).revision).toBeGreaterThan(idle.revision);
  });

  it('follows the till when the till reloads, though its count starts again', async () => {
    const channel = channelName();
    const display = openDisplay(channel);
    const thankYou = display.next('thank-you');
    const first = createDisplayPublisher(idleContent('Hollybush Market', 'GBP'), channel);
    first.publish(sale);
    first.publish({ ...sale, phase: 'thank-you' });
    const before = await thankYou;
    first.close();
    const nextSale = display.next('sale');
    const reloaded = createDisplayPublisher(sale, channel);
    closers.push(() => reloaded.close());
    const after = await nextSale;
    expect(after.revision).toBeLessThan(before.revision);
    expect(after.content).toEqual(sale);
  });
});
