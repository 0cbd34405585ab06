import { validatePriceBook, type PriceBook } from '../../pricing';

/** A small hand-made book for the form tests: two fruits, a weighed cheese, a free bag, one offer of each kind. */
export function testBook(): PriceBook {
  const validation = validatePriceBook({
    id: 'shop',
    version: 3,
    currency: 'GBP',
    products: [
      { sku: 'APL', name: 'Apples', price: 50, category: 'fruit', barcodes: ['5000123456789'] },
      { sku: 'PER', name: 'Pears', price: 60, category: 'fruit' },
      { sku: 'CHD', name: 'Cheddar', price: 1100, unit: 'kg', category: 'cheese' },
      { sku: 'BAG', name: 'Bag', price: 0, category: 'bags' },
    ],
    offers: [
      { id: 'fruit3', kind: 'multi-buy', label: '3 fruit for 1.20', categories: ['fruit'], quantity: 3, price: 120 },
      { id: 'meal', kind: 'bundle', slots: [{ products: ['APL'] }, { products: ['PER'], quantity: 2 }], price: 150, validFrom: '2024-01-01', validUntil: '2024-12-31' },
      { id: 'spend10', kind: 'spend-threshold', threshold: 1000, percent: 10, basis: 'after-offers', exclusive: true, priority: 2 },
    ],
  });
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.book;
}
