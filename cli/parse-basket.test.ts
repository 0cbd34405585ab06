import { describe, expect, it } from 'vitest';
import { validatePriceBook, type PriceBook } from '../src/pricing';
import { createCodeLookup, parseBasketLine, parseCodes, type ParsedBasket } from './parse-basket';
import { barcodeBook, codes } from './test-books';

function bookOf(json: unknown): PriceBook {
  const v = validatePriceBook(json);
  if (!v.ok) throw new Error(`test book is invalid: ${JSON.stringify(v.issues)}`);
  return v.book;
}

const lookup = createCodeLookup(bookOf(barcodeBook));

describe('parseCodes', () => {
  it.each<[string, string[], ParsedBasket]>([
    ['reads each SKU as one unit', ['MILK', 'CAKE', 'MILK'], { ok: true, items: [{ sku: 'MILK' }, { sku: 'CAKE' }, { sku: 'MILK' }] }],
    ['reads a plain EAN-13 as its product', [codes.milk], { ok: true, items: [{ sku: 'MILK' }] }],
    ['reads a weight label as grams of the product with its base code', [codes.apples412g], { ok: true, items: [{ sku: 'APPLES', grams: 412 }] }],
    ['reads a price label as the unit price', [codes.cakeAt250], { ok: true, items: [{ sku: 'CAKE', price: 250 }] }],
    ['reads a reduced-to-clear label as the reduced price', [codes.cakeReducedTo99], { ok: true, items: [{ sku: 'CAKE', reducedPrice: 99 }] }],
    ['reads a code that is a SKU as that SKU, before any barcode', [codes.pen], { ok: true, items: [{ sku: '96385074' }] }],
    ['leaves a weighed product without grams to the engine', ['APPLES'], { ok: true, items: [{ sku: 'APPLES' }] }],
    ['reports an unknown SKU', ['Z'], { ok: false, errors: ['No product has SKU "Z"'] }],
    ['reports a valid barcode no product lists', [codes.unlisted], { ok: false, errors: ['No product has barcode 5012345678900'] }],
    ['reports a bad check digit with the expected digit', [codes.milkBadCheck], { ok: false, errors: ['Barcode 5012345678910 has a bad check digit (expected 7)'] }],
    ['reports every bad code, in order', ['X', 'MILK', 'Y'], { ok: false, errors: ['No product has SKU "X"', 'No product has SKU "Y"'] }],
  ])('%s', (_name, input, expected) => {
    expect(parseCodes(input, lookup)).toEqual(expected);
  });
});

describe('parseBasketLine', () => {
  it.each<[string, string, ParsedBasket]>([
    ['reads codes as parseCodes does', `["MILK", "${codes.apples412g}"]`, { ok: true, items: [{ sku: 'MILK' }, { sku: 'APPLES', grams: 412 }] }],
    ['reads an empty basket', '[]', { ok: true, items: [] }],
    ['keeps the amounts of an object item', '[{"sku":"MILK","quantity":3},{"sku":"APPLES","grams":250},{"sku":"CAKE","reducedPrice":150}]', {
      ok: true,
      items: [{ sku: 'MILK', quantity: 3 }, { sku: 'APPLES', grams: 250 }, { sku: 'CAKE', reducedPrice: 150 }],
    }],
    ['reads an object barcode with a quantity', `[{"barcode":"${codes.milk}","quantity":2}]`, { ok: true, items: [{ sku: 'MILK', quantity: 2 }] }],
    ['reads a label object as the label reads', `[{"barcode":"${codes.cakeReducedTo99}"}]`, { ok: true, items: [{ sku: 'CAKE', reducedPrice: 99 }] }],
    ['reads an object barcode as a barcode even when it is also a SKU', `[{"barcode":"${codes.pen}"}]`, { ok: true, items: [{ sku: 'PEN' }] }],
    ['passes an unknown object SKU on for the engine to report', '[{"sku":"Z"}]', { ok: true, items: [{ sku: 'Z' }] }],
    ['leaves whole-number checks to the engine', '[{"sku":"MILK","quantity":1.5}]', { ok: true, items: [{ sku: 'MILK', quantity: 1.5 }] }],
  ])('%s', (_name, line, expected) => {
    expect(parseBasketLine(line, lookup)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['rejects a line that is not an array', '{"sku":"MILK"}', 'a basket must be a JSON array of codes or items'],
    ['rejects an item that is neither a code nor an object', '["MILK", 42]', 'item 2 must be a code or an object with "sku" or "barcode"'],
    ['rejects an object with neither sku nor barcode', '[{"quantity":2}]', 'item 1 must have exactly one of "sku" or "barcode"'],
    ['rejects an object with both sku and barcode', `[{"sku":"MILK","barcode":"${codes.milk}"}]`, 'item 1 must have exactly one of "sku" or "barcode"'],
    ['rejects a misspelt field rather than ignore it', '[{"sku":"APPLES","gram":250}]', 'item 1 has unknown field "gram"'],
    ['rejects an amount written as a string', '[{"sku":"MILK","quantity":"2"}]', 'item 1: "quantity" must be a number'],
    ['rejects grams beside a weight label', `[{"barcode":"${codes.apples412g}","grams":500}]`, `barcode ${codes.apples412g} carries its own weight: do not give "grams" as well`],
    ['reports an unknown barcode in an object', `[{"barcode":"${codes.unlisted}"}]`, 'No product has barcode 5012345678900'],
  ])('%s', (_name, line, error) => {
    expect(parseBasketLine(line, lookup)).toEqual({ ok: false, errors: [error] });
  });

  it('reports a line that is not JSON, with the parser\'s reason', () => {
    const parsed = parseBasketLine('["MILK",', lookup);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatch(/^not valid JSON \(.+\)$/);
  });
});
