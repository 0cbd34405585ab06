import { useId } from 'react';
import type { Product } from '../../pricing';

/** Every tile's height in px, image or not: the virtual grid places rows by it, and nothing shifts as images load. */
export const TILE_HEIGHT = 96;

export interface ProductTileProps {
  readonly product: Product;
  readonly format: (amount: number) => string;
  readonly onChoose: (product: Product) => void;
}

/** A product's button: its image (lazily, in a fixed box), name, price, and "Weigh" for goods sold by weight. */
export function ProductTile({ product, format, onChoose }: ProductTileProps) {
  const priceId = useId();
  const weighed = product.unit === 'kg';
  return (
    <button
      type="button"
      aria-label={product.name}
      aria-describedby={priceId}
      onClick={() => onChoose(product)}
      style={{ height: TILE_HEIGHT }}
      className="flex touch-manipulation select-none flex-col justify-between gap-1 overflow-hidden rounded-xl bg-white p-3 text-left shadow-xs ring-1 ring-inset ring-ink-200 transition-shadow hover:ring-ink-400 active:bg-ink-100"
    >
      <span lang="en" className="line-clamp-2 hyphens-auto break-words text-[0.95rem] font-semibold leading-snug text-ink-900">
        {product.name}
      </span>
      {/* The badge never shrinks: on a narrow tile (five columns at 800 px) the price gives way first, and both fit from 120 px. */}
      <span className="flex min-w-0 items-end justify-between gap-1.5">
        <span id={priceId} className="min-w-0 truncate text-base font-medium tabular-nums text-ink-700">
          {format(product.price)}
          {weighed && <span className="text-sm text-ink-600">/kg</span>}
        </span>
        {weighed && (
          <span className="shrink-0 rounded-md bg-ink-100 px-1 py-0.5 text-[0.7rem] font-bold uppercase leading-none tracking-wide text-ink-700" aria-hidden="true">
            Weigh
          </span>
        )}
        {/* Fixed size, lazily loaded: the tile never moves as the picture arrives, and a scan never waits for it. */}
        {!weighed && product.image !== undefined && (
          <img src={product.image} alt="" loading="lazy" decoding="async" width={28} height={28} className="size-7 shrink-0 object-contain" />
        )}
      </span>
    </button>
  );
}
