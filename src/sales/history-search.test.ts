import { describe, expect, it } from 'vitest';
import { rangeSearch, receiptSearch } from './history-search';

describe('finding a sale in the history', () => {
  it.each([
    ['12', { ok: true, search: { kind: 'receipt', receiptNumber: 12 } }],
    [' 000007 ', { ok: true, search: { kind: 'receipt', receiptNumber: 7 } }],
    ['0', { ok: false, problem: '“0” is not a receipt number' }],
    ['', { ok: false, problem: '“” is not a receipt number' }],
    ['1.5', { ok: false, problem: '“1.5” is not a receipt number' }],
    ['abc', { ok: false, problem: '“abc” is not a receipt number' }],
  ])('reads receipt number "%s"', (text, expected) => {
    expect(receiptSearch(text)).toEqual(expected);
  });

  it.each([
    ['', '2026-12-07T10:00'],
    ['2026-12-07T10:00', ''],
    ['2026-12-07T10:00', '2026-12-07T10:00'],
    ['2026-12-07T11:00', '2026-12-07T10:00'],
  ])('refuses the time range %s to %s', (from, to) => {
    expect(rangeSearch(from, to)).toEqual({ ok: false, problem: 'Choose a time range: From before To' });
  });

  it('searches a time range as instants', () => {
    expect(rangeSearch('2026-12-07T10:00', '2026-12-07T11:00')).toEqual({
      ok: true,
      search: { kind: 'between', from: new Date('2026-12-07T10:00').toISOString(), to: new Date('2026-12-07T11:00').toISOString() },
    });
  });
});
