import { describe, expect, it } from 'vitest';
import { validatePriceBook } from '../../pricing';
import { bookFromTheWire, bookOnTheWire, rememberBookText } from './book-wire';

const TEXT = JSON.stringify({
  currency: 'GBP',
  products: [
    { sku: 'tea', name: 'Tea bags', price: 250, barcodes: ['5012345678900'], category: 'drinks' },
    { sku: 'milk', name: 'Milk', price: 95 },
  ],
  offers: [{ id: 'two-teas', kind: 'multi-buy', label: 'Tea 2 for £4.00', products: ['tea'], quantity: 2, price: 400 }],
});

function loaded(text: string) {
  const validation = validatePriceBook(JSON.parse(text));
  if (!validation.ok) throw new Error(`test book is invalid: ${JSON.stringify(validation.issues)}`);
  return validation.book;
}

describe('a book on the wire to a worker', () => {
  it('is the JSON text for a book remembered as loaded from it, and the worker gets an equal book back', () => {
    const book = loaded(TEXT);
    rememberBookText(book, TEXT);
    const wire = bookOnTheWire(book);
    expect(wire).toEqual({ text: TEXT });
    const received = bookFromTheWire(structuredClone(wire));
    expect(received).toEqual(book);
    expect(received).not.toBe(book);
  });

  it('is the book itself for a book no text is remembered for (an edited book, head office’s)', () => {
    const book = loaded(TEXT);
    const edited = loaded(TEXT.replace('"price":95', '"price":99'));
    rememberBookText(book, TEXT);
    expect(bookOnTheWire(edited)).toEqual({ book: edited });
    expect(bookFromTheWire({ book: edited })).toBe(edited);
  });

  it('throws on a text that does not validate: the page validated the same text, so that is a bug', () => {
    expect(() => bookFromTheWire({ text: JSON.stringify({ currency: 'GBP', products: 'none' }) })).toThrow('not valid');
  });
});
