import { describe, expect, it } from 'vitest';
import { whenConnected } from './when-connected';

/** A driver that behaves as the @point-of-sale ones do: it never rejects, and reports on a timer. */
function fakeDriver(outcome: 'connects' | 'cancelled' | 'throws') {
  const listeners: ((device: string) => void)[] = [];
  return {
    addEventListener: (_event: 'connected', listener: (device: string) => void) => listeners.push(listener),
    connect: async () => {
      if (outcome === 'throws') throw new Error('The renderer option must be the ReceiptPrinterRenderer class');
      if (outcome === 'connects') setTimeout(() => listeners.forEach((l) => l('TM-T88V')), 0);
    },
  };
}

describe('whenConnected', () => {
  it.each([
    ['gives the device the driver reports', 'connects', { resolves: 'TM-T88V' }],
    ['says so when the cashier cancels the chooser', 'cancelled', { rejects: 'No printer was chosen' }],
    ['passes on an error the driver throws', 'throws', { rejects: 'The renderer option must be the ReceiptPrinterRenderer class' }],
  ] as const)('%s', async (_name, outcome, expected) => {
    const connecting = whenConnected(fakeDriver(outcome), 'No printer was chosen');
    if ('resolves' in expected) await expect(connecting).resolves.toBe(expected.resolves);
    else await expect(connecting).rejects.toThrow(expected.rejects);
  });
});
