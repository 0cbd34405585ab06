import { afterEach, describe, expect, it } from 'vitest';
import { operatorActions, resetOperator } from '../staff/operator-store';
import type { SaleStorage } from '../till/sale/sale-storage';
import { handingOver, withSaleHolder } from './sale-holder';

afterEach(resetOperator);

/** A storage in memory, holding `stored` at first; what was saved is read back. */
function memory(stored: unknown) {
  const saved: unknown[] = [];
  const storage: SaleStorage = { load: () => Promise.resolve(stored), save: (state) => Promise.resolve(void saved.push(state)) };
  return { storage: withSaleHolder(storage), saved };
}

const alex = { id: '3', name: 'Alex' };
const sam = { id: '2', name: 'Sam' };
const sale = { version: 1, basket: { lines: [], nextLineId: 1 }, checkout: {} };

describe('who holds the sale in progress', () => {
  it('is stamped on each save as the operator signed in, locked or not', async () => {
    const { storage, saved } = memory(undefined);
    await storage.load();
    operatorActions.signedIn({ ...alex, role: 'cashier' });
    await storage.save(sale);
    operatorActions.locked();
    await storage.save(sale);
    expect(saved).toEqual([{ ...sale, heldBy: alex }, { ...sale, heldBy: alex }]);
  });

  it('is read back on load, and kept on saves while nobody has signed in since (a reload)', async () => {
    const { storage, saved } = memory({ ...sale, heldBy: sam });
    expect(await storage.load()).toEqual({ ...sale, heldBy: sam });
    await storage.save(sale);
    expect(saved).toEqual([{ ...sale, heldBy: sam }]);
  });

  it('is whoever a takeover hands the sale to, while it is saved before they are signed in', async () => {
    const { storage, saved } = memory(undefined);
    await storage.load();
    operatorActions.signedIn({ ...alex, role: 'cashier' });
    operatorActions.locked();
    await handingOver({ from: alex, to: sam, at: '2026-12-07T14:02:00.000Z' }, () => storage.save(sale));
    await storage.save(sale);
    // Alex is still the session's operator (locked) until Sam is signed in.
    expect(saved).toEqual([{ ...sale, heldBy: sam }, { ...sale, heldBy: alex }]);
  });

  it('is unknown when what is on disk does not say, or says it in a shape it cannot read', async () => {
    for (const stored of [undefined, sale, { ...sale, heldBy: { id: 3 } }, { ...sale, heldBy: 'Alex' }]) {
      const { storage, saved } = memory(stored);
      await storage.load();
      await storage.save(sale);
      expect(saved).toEqual([sale]);
    }
  });
});
