import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { paidAmounts, priceBasket, validatePriceBook, type PriceBook } from '../pricing';
import { vatShop } from '../../test-support/vat-shop';
import { journalRows, CSV_COLUMNS } from './export-rules';
import { openJournal, type Journal } from './journal';
import type { JournalEntry, RefundEntry, SaleEntry, SaleToRecord } from './journal-entry';
import { refundTaxes } from './refund-taxes';
import { planRefund } from './refund-rules';
import { reportTotals } from './report-rules';

const validation = validatePriceBook({
  ...vatShop,
  taxRates: vatShop.taxRates.map(({ code, percent }) => ({ code, percent })), // no labels: the entries below carry none
  offers: [...vatShop.offers, { id: 'C3', kind: 'multi-buy', products: ['CRISPS'], quantity: 3, price: 200 }],
});
if (!validation.ok) throw new Error('the VAT test book is invalid');
const book: PriceBook = validation.book;

/** What the till hands the journal for a basket of single scans, priced by the engine. */
function saleToRecord(id: string, skus: readonly string[]): SaleToRecord {
  const items = skus.map((sku) => ({ sku, quantity: 1 }));
  const result = priceBasket(book, items, { nearMisses: false });
  if (!result.ok) throw new Error('unpriceable');
  const { receipt } = result;
  return { id, at: '2026-06-15T10:00:00.000Z', storeName: 'Shop', book: { id: 'vat' }, items, receipt, tenders: [{ kind: 'card', amount: receipt.total }], change: 0 };
}

const opened: Journal[] = [];
async function freshJournal(): Promise<Journal> {
  const journal = await openJournal({ indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(journal);
  return journal;
}
afterEach(() => opened.splice(0).forEach((j) => j.close()));

const vat = (code: string, percent: number, gross: number, tax: number) => ({ code, percent, gross, tax, net: gross - tax });

describe('VAT in the journal', () => {
  it('records the engine’s VAT with the sale: Wine 9.00 (S) and Bread 1.20 (Z)', async () => {
    const journal = await freshJournal();
    const entry = await journal.recordSale(saleToRecord('s1', ['WINE', 'BREAD']));
    expect(entry.taxes).toEqual([vat('S', 20, 900, 150), vat('Z', 0, 120, 0)]);
    expect(entry.lines.map((l) => [l.tax, l.paid])).toEqual([['S', 900], ['Z', 120]]);
  });

  // The meal deal's lines pay sandwich 195, crisps 62, cola 93 (see the engine's taxes.test.ts).
  it.each<[string, { line: number; quantity: number }[][], ReturnType<typeof vat>[][]]>([
    ['the crisps and cola of a meal deal give back what they paid: S 155, VAT 26', [[{ line: 1, quantity: 1 }, { line: 2, quantity: 1 }]], [[vat('S', 20, 155, 26)]]],
    // One at a time: VAT(62) = 10.33 → 10, then VAT(62 + 93) − VAT(62) = 26 − 10 = 16.
    ['crisps then cola give back 10 then 16 VAT: together the sale’s 26', [[{ line: 1, quantity: 1 }], [{ line: 2, quantity: 1 }]], [[vat('S', 20, 62, 10)], [vat('S', 20, 93, 16)]]],
    ['the sandwich gives back no VAT', [[{ line: 0, quantity: 1 }]], [[vat('Z', 0, 195, 0)]]],
  ])('refunds reverse VAT per rate from what the units paid: %s', async (_fact, refunds, expected) => {
    const journal = await freshJournal();
    await journal.recordSale(saleToRecord('s1', ['SAND', 'CRISPS', 'COKE']));
    const taxes = [];
    for (const [i, lines] of refunds.entries()) {
      const result = await journal.recordRefund({ id: `r${i}`, saleId: 's1', lines, tender: 'as-paid', at: '2026-06-15T11:00:00.000Z' });
      if (!result.ok) throw new Error(result.message);
      taxes.push(result.entry.taxes);
    }
    expect(taxes).toEqual(expected);
  });

  it('records no VAT on a refund of a sale that had none', () => {
    const sale = { kind: 'sale', lines: [{ index: 0, paid: 50 }] } as unknown as SaleEntry;
    expect(refundTaxes(sale, [], [{ line: 0, sku: 'A', name: 'A', quantity: 1, amount: 50 }])).toBe(undefined);
  });

  it('writes a VAT row per rate per entry to the CSV, negative for refunds, and leaves line amounts summing to the net', async () => {
    const journal = await freshJournal();
    await journal.recordSale(saleToRecord('s1', ['WINE', 'BREAD']));
    await journal.recordRefund({ id: 'r1', saleId: 's1', lines: [{ line: 0, quantity: 1 }], tender: 'as-paid', at: '2026-06-15T11:00:00.000Z' });
    const entries = await journal.between('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z');
    const rows = journalRows(entries);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const pick = (row: string[]) => [row[col('kind')], row[col('vat_code')], row[col('vat_percent')], row[col('vat_gross')], row[col('vat_amount')], row[col('vat_net')]];
    expect(rows.map(pick)).toEqual([
      ['sale', 'S', '', '', '', ''],
      ['sale', 'Z', '', '', '', ''],
      ['sale-vat', 'S', '20', '900', '150', '750'],
      ['sale-vat', 'Z', '0', '120', '0', '120'],
      ['refund', '', '', '', '', ''],
      ['refund-vat', 'S', '20', '-900', '-150', '-750'],
    ]);
    expect(rows.reduce((s, row) => s + Number(row[col('line_amount')]), 0)).toBe(120);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });
});

describe('VAT on X and Z reports', () => {
  it('adds up sales’ VAT per rate less refunds’ VAT', async () => {
    const journal = await freshJournal();
    await journal.recordSale(saleToRecord('s1', ['WINE', 'BREAD']));
    await journal.recordSale(saleToRecord('s2', ['SAND', 'CRISPS', 'COKE', 'SEAT']));
    await journal.recordRefund({ id: 'r1', saleId: 's1', lines: [{ line: 0, quantity: 1 }], tender: 'as-paid', at: '2026-06-15T11:00:00.000Z' });
    const closed = await journal.closeDay({ id: 'z1', fromReceipt: 1, at: '2026-06-15T18:00:00.000Z' });
    if (!closed.ok) throw new Error(closed.message);
    // s2: 1150 after the meal deal (1250 full) is under 13.00: no threshold. Sandwich 195 (Z),
    // crisps 62 + cola 93 = 155 (S, VAT 26), car seat 800 (R, 800 × 5 / 105 = 38.1 → 38).
    // S: 150 + 26 − 150 = 26 on 900 + 155 − 900 = 155.
    expect(closed.report.totals.taxes).toEqual([vat('S', 20, 155, 26), vat('Z', 0, 315, 0), vat('R', 5, 800, 38)]);
  });

  const basket = fc.array(fc.constantFrom(...book.products.map((p) => p.sku)), { minLength: 1, maxLength: 8 });
  it('a period’s VAT per rate is the sum of its sales’ VAT less its refunds’, and its grosses sum to the net takings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(basket, fc.array(fc.boolean(), { maxLength: 8 })), { minLength: 1, maxLength: 5 }), (sales) => {
        const entries: JournalEntry[] = [];
        sales.forEach(([skus, refundMask], i) => {
          const s = saleEntry(`s${i}`, entries.length + 1, skus);
          entries.push(s);
          const choices = s.lines.filter((l) => refundMask[l.index] === true).map((l) => ({ line: l.index, quantity: 1 }));
          if (choices.length === 0) return;
          const plan = planRefund(s, [], choices);
          if (!plan.ok) throw new Error(plan.message);
          entries.push(refundEntry(`r${i}`, entries.length + 1, s, plan.lines, plan.total));
        });
        const totals = reportTotals(entries);
        for (const code of ['S', 'R', 'Z']) {
          const signed = (e: JournalEntry) => (e.kind === 'sale' ? 1 : -1) * (e.taxes ?? []).filter((t) => t.code === code).reduce((sum, t) => sum + t.tax, 0);
          const expected = entries.reduce((sum, e) => sum + signed(e), 0);
          expect(totals.taxes?.find((t) => t.code === code)?.tax ?? 0).toBe(expected);
        }
        expect(totals.taxes?.reduce((sum, t) => sum + t.gross, 0)).toBe(totals.net);
      }),
      { numRuns: 60 },
    );
  });
});

/** A sale entry as the journal records it (paid amounts from the engine's rule), without IndexedDB. */
function saleEntry(id: string, receiptNumber: number, skus: readonly string[]): SaleEntry {
  const { receipt, items, tenders } = saleToRecord(id, skus);
  const paid = paidAmounts(receipt.lines, receipt.discounts);
  return {
    kind: 'sale', id, tillId: 't', receiptNumber, at: '2026-06-15T10:00:00.000Z', currency: 'GBP', storeName: 'Shop', book: { id: 'vat' }, items,
    lines: receipt.lines.map((line, i) => ({ ...line, paid: paid[i]! })), discounts: receipt.discounts, tenders, change: 0,
    subtotal: receipt.subtotal, savings: receipt.savings, total: receipt.total, ...(receipt.taxes === undefined ? {} : { taxes: receipt.taxes }),
  };
}

function refundEntry(id: string, receiptNumber: number, sale: SaleEntry, lines: RefundEntry['lines'], total: number): RefundEntry {
  const taxes = refundTaxes(sale, [], lines);
  return {
    kind: 'refund', id, tillId: 't', receiptNumber, at: '2026-06-15T11:00:00.000Z', currency: 'GBP', storeName: 'Shop', saleId: sale.id, saleReceiptNumber: sale.receiptNumber,
    lines, tenders: [{ kind: 'card', amount: total }], total, ...(taxes === undefined ? {} : { taxes }),
  };
}
