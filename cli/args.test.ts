import { describe, expect, it } from 'vitest';
import { isIsoDate, localDate, parseCommandLine, type ParsedCommandLine } from './args';

const TODAY = '2024-06-15';

describe('parseCommandLine', () => {
  it.each<[string, string[], ParsedCommandLine]>([
    ['prices codes with the defaults: optimal, today, JSON', ['--book', 'b.json', 'A', 'B'], {
      ok: true,
      command: { kind: 'price', book: 'b.json', baskets: { kind: 'codes', codes: ['A', 'B'] }, strategy: 'optimal', date: TODAY, format: 'json' },
    }],
    ['takes every option', ['--book', 'b.json', '--strategy', 'first-come', '--now', '2024-02-29', '--format', 'text', 'A'], {
      ok: true,
      command: { kind: 'price', book: 'b.json', baskets: { kind: 'codes', codes: ['A'] }, strategy: 'first-come', date: '2024-02-29', format: 'text' },
    }],
    ['reads a baskets file instead of codes', ['--book=b.json', '--baskets=day.jsonl'], {
      ok: true,
      command: { kind: 'price', book: 'b.json', baskets: { kind: 'file', path: 'day.jsonl' }, strategy: 'optimal', date: TODAY, format: 'json' },
    }],
    ['takes a search budget in milliseconds', ['--book', 'b.json', '--budget-ms', '250', 'A'], {
      ok: true,
      command: { kind: 'price', book: 'b.json', baskets: { kind: 'codes', codes: ['A'] }, strategy: 'optimal', date: TODAY, format: 'json', budgetMs: 250 },
    }],
    ['asks for help with --help, whatever else is given', ['--help', 'A'], { ok: true, command: { kind: 'help' } }],
    ['asks for help with -h', ['-h'], { ok: true, command: { kind: 'help' } }],
  ])('%s', (_name, argv, expected) => {
    expect(parseCommandLine(argv, TODAY)).toEqual(expected);
  });

  it.each<[string, string[], RegExp]>([
    ['requires a book', ['A'], /--book FILE is required/],
    ['requires codes or a baskets file', ['--book', 'b.json'], /nothing to price/],
    ['refuses codes and a baskets file together', ['--book', 'b.json', '--baskets', 'x', 'A'], /not both/],
    ['refuses an unknown strategy, naming the choices', ['--book', 'b.json', '--strategy', 'greedy', 'A'], /--strategy must be optimal or first-come, got "greedy"/],
    ['refuses an unknown format', ['--book', 'b.json', '--format', 'xml', 'A'], /--format must be json or text, got "xml"/],
    ['refuses a date that is not YYYY-MM-DD', ['--book', 'b.json', '--now', '15/06/2024', 'A'], /--now must be a date written YYYY-MM-DD/],
    ['refuses a date that does not exist', ['--book', 'b.json', '--now', '2023-02-29', 'A'], /--now must be a date/],
    ['refuses a budget of no time', ['--book', 'b.json', '--budget-ms', '0', 'A'], /--budget-ms must be a number of milliseconds above 0, got "0"/],
    ['refuses a budget that is not a number', ['--book', 'b.json', '--budget-ms', 'lots', 'A'], /--budget-ms must be a number of milliseconds above 0, got "lots"/],
    ['refuses an empty budget', ['--book', 'b.json', '--budget-ms=', 'A'], /--budget-ms must be a number/],
    ['refuses an unknown option, naming it', ['--book', 'b.json', '--stratgy', 'optimal', 'A'], /--stratgy/],
    ['refuses an option without its value', ['A', '--book'], /--book/],
  ])('%s', (_name, argv, message) => {
    const parsed = parseCommandLine(argv, TODAY);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe('localDate', () => {
  it('writes the local calendar date, padded: 5 March 2024 is 2024-03-05', () => {
    expect(localDate(new Date(2024, 2, 5, 23, 59))).toBe('2024-03-05');
  });

  it('keeps the local date just after midnight, where the UTC date may differ', () => {
    expect(localDate(new Date(2024, 11, 31, 0, 1))).toBe('2024-12-31');
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
  ])('%s is a date: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
