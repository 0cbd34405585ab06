import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RefundEntry, SaleEntry } from '../src/sales/journal-entry';
import { startHq, testDatabases, type Harness } from './test-support/hq-harness';
import { sampleRefund, sampleSale } from './test-support/sample-entries';

type Taxes = NonNullable<SaleEntry['taxes']>;
const standard = (gross: number, tax: number) => ({ code: 'S', percent: 20, label: 'VAT 20%', gross, tax, net: gross - tax });
const zero = (gross: number) => ({ code: 'Z', percent: 0, gross, tax: 0, net: gross });
const withTaxes = <E extends SaleEntry | RefundEntry>(entry: E, taxes: unknown[]): E => ({ ...entry, taxes: taxes as unknown as Taxes });

// Worked by hand: apples are standard-rated (20%, VAT = gross × 20 / 120, half up), bread zero-rated.
//   east till-5, 1 Dec: r1 4 A (paid 180: VAT 30) + B 30; r2 2 A (100: VAT 16.67 → 17) + B 30;
//     r3 refund of r1's bread (Z 30 back); r4 a sale from a book without VAT (adds nothing).
//   east till-6, 2 Dec: r1 3 A (paid 130: VAT 21.67 → 22) + B 30.
describe.each(testDatabases)('the VAT report on %s', (kind) => {
  let hq: Harness;
  beforeAll(async () => {
    hq = await startHq(kind);
    await hq.call('POST', '/api/admin/stores', { body: { id: 'east', name: 'East' } });
    const tokens: Record<string, string> = {};
    for (const till of ['till-5', 'till-6']) tokens[till] = (await hq.call('POST', '/api/admin/stores/east/tills', { body: { id: till } })).body.token;
    const r1 = withTaxes(sampleSale('till-5', 1), [standard(180, 30), zero(30)]);
    const till5 = [r1, withTaxes(sampleSale('till-5', 2, { apples: 2 }), [standard(100, 17), zero(30)]), withTaxes(sampleRefund(r1, 3), [zero(30)]), sampleSale('till-5', 4)];
    const till6 = [withTaxes(sampleSale('till-6', 1, { apples: 3, at: '2026-12-02T09:00:00.000Z' }), [standard(130, 22), zero(30)])];
    for (const [till, entries] of [['till-5', till5], ['till-6', till6]] as const) {
      expect((await hq.call('POST', '/api/sales', { token: tokens[till]!, body: { entries } })).status).toBe(200);
    }
  });
  afterAll(() => hq.close());

  it('sums VAT per store, till, day and rate, refunds taking theirs back', async () => {
    const { body } = await hq.call('GET', '/api/admin/reports/vat?store=east');
    expect(body).toEqual({
      tz: 'UTC',
      days: [
        { store: 'east', till: 'till-5', day: '2026-12-01', currency: 'GBP', code: 'S', percent: 20, gross: 280, tax: 47, net: 233 },
        { store: 'east', till: 'till-5', day: '2026-12-01', currency: 'GBP', code: 'Z', percent: 0, gross: 30, tax: 0, net: 30 },
        { store: 'east', till: 'till-6', day: '2026-12-02', currency: 'GBP', code: 'S', percent: 20, gross: 130, tax: 22, net: 108 },
        { store: 'east', till: 'till-6', day: '2026-12-02', currency: 'GBP', code: 'Z', percent: 0, gross: 30, tax: 0, net: 30 },
      ],
    });
  });

  it('keeps to the period asked for', async () => {
    const { body } = await hq.call('GET', '/api/admin/reports/vat?from=2026-12-02T00:00:00Z');
    expect(body.days.map((d: { till: string; code: string }) => `${d.till} ${d.code}`)).toEqual(['till-6 S', 'till-6 Z']);
  });

  it('is for the admin only', async () => {
    expect((await hq.call('GET', '/api/admin/reports/vat', { token: null })).status).toBe(401);
  });
});
