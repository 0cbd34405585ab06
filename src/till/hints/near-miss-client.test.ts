import { describe, expect, it } from 'vitest';
import { validatePriceBook } from '../../pricing';
import { nearMissClient } from './near-miss-client';

describe('near-miss hints', () => {
  it('are simply absent where there are no workers (tests, old browsers), never an error', async () => {
    const validation = validatePriceBook({ currency: 'GBP', products: [{ sku: 'A', name: 'A', price: 50 }] });
    if (!validation.ok) throw new Error('test book is invalid');
    expect(typeof Worker).toBe('undefined');
    await expect(nearMissClient.find(validation.book, [{ sku: 'A' }], '2026-01-01')).resolves.toEqual([]);
  });
});
