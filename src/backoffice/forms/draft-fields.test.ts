import { describe, expect, it } from 'vitest';
import { fieldOf, readInteger, readList, readMoney, writeMoney } from './draft-fields';

describe('reading what was typed', () => {
  it.each<[string, number, { value?: number; error?: string }]>([
    ['1.30', 2, { value: 130 }],
    ['1.3', 2, { value: 130 }],
    ['12', 2, { value: 1200 }],
    ['.5', 2, { value: 50 }],
    ['0.05', 2, { value: 5 }],
    ['-1', 2, { value: -100 }],
    ['', 2, {}],
    ['1.305', 2, { error: 'at most 2 decimal places' }],
    ['£1', 2, { error: 'write an amount such as 1.30' }],
    ['1.5', 0, { error: 'write a whole amount, with no decimals' }],
    ['150', 0, { value: 150 }],
  ])('money "%s" with %i decimals reads as %j', (text, digits, read) => {
    expect(readMoney(text, digits)).toEqual(read);
  });

  it.each<[number | undefined, number, string]>([
    [130, 2, '1.30'],
    [5, 2, '0.05'],
    [0, 2, '0.00'],
    [-250, 2, '-2.50'],
    [150, 0, '150'],
    [undefined, 2, ''],
  ])('money %s with %i decimals writes as "%s"', (minor, digits, written) => {
    expect(writeMoney(minor, digits)).toBe(written);
  });

  it('round-trips every amount from 0 to 10.00', () => {
    for (let minor = 0; minor <= 1000; minor++) expect(readMoney(writeMoney(minor, 2), 2).value).toBe(minor);
  });

  it.each<[string, { value?: number; error?: string }]>([
    ['3', { value: 3 }],
    [' 12 ', { value: 12 }],
    ['', {}],
    ['2.5', { value: 2.5 }],
    ['-1', { value: -1 }],
    ['three', { error: 'write a whole number' }],
  ])('a whole number "%s" reads as %j (any number goes on to the schema)', (text, read) => {
    expect(readInteger(text)).toEqual(read);
  });

  it.each<[string, string[] | undefined]>([
    ['A, B ,C', ['A', 'B', 'C']],
    [' , ', undefined],
    ['fruit', ['fruit']],
  ])('a list "%s" reads as %j', (text, list) => {
    expect(readList(text)).toEqual(list);
  });
});

describe('issue paths to fields', () => {
  it.each<[string, string, string | undefined]>([
    ['$.offers[3].price', '$.offers[3]', 'price'],
    ['$.offers[3].products[0]', '$.offers[3]', 'products'],
    ['$.offers[3].slots[1].products[0]', '$.offers[3]', 'slots.1.products'],
    ['$.offers[3].slots[1]', '$.offers[3]', 'slots.1'],
    ['$.offers[3]', '$.offers[3]', 'entity'],
    ['$.offers[30].price', '$.offers[3]', undefined],
    ['$.products[0].price', '$.offers[3]', undefined],
  ])('%s under %s is field %s', (path, prefix, field) => {
    expect(fieldOf(path, prefix)).toBe(field);
  });
});
