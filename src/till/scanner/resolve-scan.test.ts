import { describe, expect, it } from 'vitest';
import { validatePriceBook, type PriceBook } from '../../pricing';
import { buildCatalogue, resolveProduct, resolveScan, weighedItem, type ScanResolution } from './resolve-scan';

function book(json: unknown): PriceBook {
  const validation = validatePriceBook(json);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.book;
}

// Barcodes worked out by hand from src/barcodes/README.md (GS1 mod-10, weights 3,1 from the right).
const catalogue = buildCatalogue(
  book({
    currency: 'GBP',
    products: [
      { sku: 'MILK', name: 'Milk', price: 125, barcodes: ['5000000000012'] },
      { sku: 'ORG', name: 'Oranges', price: 40, barcodes: ['96385074'] },
      { sku: 'BRD', name: 'Sourdough', price: 240, barcodes: ['036000291452', '2900077000003'] },
      { sku: 'CHD', name: 'Cheddar', price: 1100, unit: 'kg', barcodes: ['2100042000001'] },
      { sku: 'BRI', name: 'Brie', price: 300, barcodes: ['2012345000001'] },
      { sku: '12345', name: 'Numbered thing', price: 10 },
      { sku: 'tea', name: 'Tea', price: 200 },
    ],
  }),
);

const item = (sku: string, fields: Record<string, number> = {}) => expect.objectContaining({ kind: 'item', item: { sku, quantity: 1, ...fields } }) as unknown as ScanResolution;

describe('reading a scan', () => {
  it.each<[string, string, ScanResolution]>([
    ['an EAN-13', '5000000000012', item('MILK')],
    ['an EAN-8', '96385074', item('ORG')],
    ['a UPC-A', '036000291452', item('BRD')],
    ['the same UPC-A printed as an EAN-13', '0036000291452', item('BRD')],
    ['a weight label: 1250 g of cheddar', '2100042012509', item('CHD', { grams: 1250 })],
    ['a price label: brie at £3.99', '2012345003996', item('BRI', { price: 399 })],
    // 02 00042 00250 9: cheddar's base code with £2.50 (check digit in src/barcodes/README.md).
    ['a price label on a weighed pack: cheddar at £2.50, no weighing', '0200042002509', item('CHD', { price: 250 })],
    ['a reduced-to-clear label: sourdough at £1.20', '2900077001208', item('BRD', { reducedPrice: 120 })],
    ['a SKU typed exactly', 'tea', item('tea')],
    ['a SKU typed in another case', 'TEA', item('tea')],
    ['a SKU made of digits, when no barcode has them', '12345', item('12345')],
    ['a code with spaces around it', '  5000000000012 ', item('MILK')],
  ])('finds %s', (_name, code, expected) => {
    expect(resolveScan(catalogue, code, 1)).toEqual(expected);
  });

  it.each([
    ['a bad check digit', '5000000000013', 'Barcode 5000000000013 has a bad check digit (expected 2)'],
    ['an unknown barcode', '5012345678900', 'No product has barcode 5012345678900'],
    ['a label for an item nobody lists', '2100043012508', 'No product has barcode 2100043012508 (a label for item 00043)'],
    ['a weight label with no weight', '2100042000001'.slice(0, 12) + '1', 'Barcode 2100042000001 is a weight label with no weight on it (0 g)'],
    ['a barcode of the wrong length', '123', 'Barcode 123 has 3 digits; a barcode has 8, 12 or 13'],
    ['an unknown SKU', 'coffee', 'No product has the barcode or SKU "coffee"'],
    ['a weight label for a product sold by the unit', '2112345002507', 'Barcode 2112345002507 is a weight label, but Brie is sold by the unit'],
  ])('refuses %s, saying why', (_name, code, message) => {
    expect(resolveScan(catalogue, code, 1)).toEqual({ kind: 'refused', message });
  });
});

describe('quantities and weights', () => {
  it('gives a multiplied scan that many units', () => {
    expect(resolveScan(catalogue, '5000000000012', 3)).toEqual(expect.objectContaining({ item: { sku: 'MILK', quantity: 3 } }));
  });

  it('multiplies reduced labels per unit', () => {
    expect(resolveScan(catalogue, '2900077001208', 2)).toEqual(expect.objectContaining({ item: { sku: 'BRD', quantity: 2, reducedPrice: 120 } }));
  });

  it('asks for the weight of a weighed product scanned without one', () => {
    expect(resolveScan(catalogue, 'CHD', 1)).toEqual(expect.objectContaining({ kind: 'weigh', label: {} }));
  });

  it('asks for the weight of a weighed product with a reduced label, keeping the label', () => {
    expect(resolveScan(catalogue, '2900042001257', 1)).toEqual(expect.objectContaining({ kind: 'weigh', label: { reducedPrice: 125 } }));
  });

  it.each([
    ['a tap', () => resolveProduct(catalogue.bySku.get('CHD')!, 2)],
    ['a weight label', () => resolveScan(catalogue, '2100042012509', 2)],
  ])('refuses to multiply a weighed product (%s)', (_name, resolve) => {
    expect(resolve()).toEqual({ kind: 'refused', message: "Cheddar is sold by weight, so it can't be multiplied: weigh each one on its own" });
  });

  it('makes a weighed line from the weighing', () => {
    expect(weighedItem(catalogue.bySku.get('CHD')!, 480, { reducedPrice: 125 })).toEqual({ sku: 'CHD', quantity: 1, grams: 480, reducedPrice: 125 });
  });
});
