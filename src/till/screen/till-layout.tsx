import { useState, type ReactNode } from 'react';

export interface TillLayoutProps {
  readonly products: ReactNode;
  readonly sale: ReactNode;
}

/**
 * Products and the sale side by side on a landscape screen. On a portrait one (a tablet stood up,
 * 800×1280) they stack, products above the sale, with a bar between them that hides the products
 * so the receipt can take the whole height, and shows them again: one clear toggle, always in the
 * same place, and the total and Pay never move off screen.
 */
export function TillLayout({ products, sale }: TillLayoutProps) {
  const [productsShown, setProductsShown] = useState(true);
  return (
    <main
      className={`grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_26rem] grid-rows-1 xl:grid-cols-[minmax(0,1fr)_32rem] portrait:grid-cols-1 ${
        productsShown ? 'portrait:grid-rows-[minmax(0,44fr)_auto_minmax(0,56fr)]' : 'portrait:grid-rows-[auto_minmax(0,1fr)]'
      }`}
    >
      <div className={`grid min-h-0 min-w-0 grid-rows-1 grid-cols-1 ${productsShown ? '' : 'portrait:hidden'}`}>{products}</div>
      <div className="hidden border-y border-ink-200 bg-white px-3 py-1.5 portrait:flex">
        <button
          type="button"
          aria-expanded={productsShown}
          onClick={() => setProductsShown((shown) => !shown)}
          className="flex min-h-12 flex-1 items-center justify-center gap-2 rounded-xl bg-ink-100 px-4 text-base font-semibold text-ink-800 hover:bg-ink-200"
        >
          <svg viewBox="0 0 24 24" className={`size-5 transition-transform ${productsShown ? '' : 'rotate-180'}`} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            <path d="m6 15 6-6 6 6" />
          </svg>
          {productsShown ? 'Hide products: more of the receipt' : 'Show products'}
        </button>
      </div>
      <div className="grid min-h-0 min-w-0 grid-cols-1 grid-rows-1">{sale}</div>
    </main>
  );
}
