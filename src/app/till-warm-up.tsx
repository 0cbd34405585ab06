import { useEffect } from 'react';
import type { PriceBook } from '../pricing';
import { whenIdle } from '../lib/when-idle';
import { catalogueFor } from '../till/scanner/resolve-scan';
import { categoriesOf } from '../till/screen/catalogue-view';

/**
 * Builds what the till's first screen needs of its book (the barcode and SKU look-ups, the
 * categories: tens of ms at 40,000 products) while the cashier signs in, instead of after the Sign
 * in click. Rendered beside the sign-in gate, it starts once the screen it is drawn with has been
 * committed, and the work waits for the browser to be idle, after that screen's frame: started as
 * soon as the book was loaded, it ran in the middle of the sign-in screen's own loads and held its
 * first paint back by as long. Both are kept per book, so the till finds them built.
 */
export function TillWarmUp({ book }: { readonly book: PriceBook }): null {
  useEffect(
    () =>
      whenIdle(() => {
        catalogueFor(book);
        categoriesOf(book.products);
      }),
    [book],
  );
  return null;
}
