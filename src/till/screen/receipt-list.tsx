import { memo, useEffect, useMemo, useRef } from 'react';
import type { Product, Receipt } from '../../pricing';
import { lineDetail, ReceiptEntries } from '../../ui/receipt-entries';
import type { BasketLine } from '../basket/basket-rules';
import { groupRepeatedScans, type ReceiptRow } from './receipt-rows';

export interface ReceiptListProps {
  readonly receipt: Receipt;
  readonly lines: readonly BasketLine[];
  readonly products: ReadonlyMap<string, Product>;
  readonly format: (amount: number) => string;
  readonly selectedLineId: number | undefined;
  readonly onSelect: (lineId: number) => void;
}

/**
 * The Receipt list's items: repeated scans of a product joined into one row ("3 × £0.65", see
 * `receipt-rows.ts`), each discount under the row of the last line it used. Memoised, so the urgent
 * render of a scan (the total) skips it.
 */
export const ReceiptList = memo(function ReceiptList(props: ReceiptListProps) {
  const rows = useMemo(() => groupRepeatedScans(props.receipt, props.lines), [props.receipt, props.lines]);
  return <ReceiptEntries receipt={rows} format={props.format} renderLine={(line) => <LineItem key={`l${line.members[0]}`} line={line} {...props} />} />;
});

/** A row selects (and is shown selected by) its newest scan: the one ↑/↓, − and + and Void line then act on. */
function LineItem({ line, lines, products, format, selectedLineId, onSelect }: ReceiptListProps & { line: ReceiptRow }) {
  const basketLine = lines[line.index];
  if (basketLine === undefined) return null;
  const product = products.get(line.sku);
  const selected = line.members.some((member) => lines[member]?.id === selectedLineId);
  return (
    <LineRow
      lineId={basketLine.id}
      name={line.name}
      detail={lineDetail({ ...line, override: basketLine.override }, format, product?.unit === 'kg' ? product.price : undefined, basketLine.price !== undefined)}
      price={format(line.price)}
      selected={selected}
      newest={line.index === lines.length - 1}
      // Only the selected row follows the receipt's growth; the others keep equal props and skip rendering.
      scrollKey={selected ? lines.length : 0}
      onSelect={onSelect}
    />
  );
}

interface LineRowProps {
  readonly lineId: number;
  readonly name: string;
  readonly detail: string | undefined;
  readonly price: string;
  readonly selected: boolean;
  readonly newest: boolean;
  readonly scrollKey: number;
  readonly onSelect: (lineId: number) => void;
}

/**
 * One line of the receipt. Memoised on plain values: the engine prices the basket afresh on every
 * scan, so lines are new objects each time, but with 200 lines only the one that changed re-renders.
 */
const LineRow = memo(function LineRow({ lineId, name, detail, price, selected, newest, scrollKey, onSelect }: LineRowProps) {
  const row = useRef<HTMLLIElement>(null);
  // Keep the selected line (the newest, unless the cashier picked another) in view as the receipt grows.
  useEffect(() => {
    const element = row.current;
    if (!selected || element === null) return;
    // In the next frame, where layout happens anyway: scrolling here forced a second layout on every scan.
    const frame = requestAnimationFrame(() => {
      // The newest line brings the discounts under it into view too.
      if (newest) (element.parentElement?.lastElementChild ?? element).scrollIntoView?.({ block: 'nearest' });
      element.scrollIntoView?.({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [selected, newest, scrollKey]);
  return (
    // The row selects on a tap; keyboard users move the selection with ↑ and ↓. It is not a button, so
    // "Apples" names only the product button: scripts can find products by name without collisions.
    <li ref={row} onClick={() => onSelect(lineId)} className={`cursor-pointer ${selected ? 'bg-brand-50 shadow-[inset_4px_0_0_var(--color-brand-600)]' : ''}`}>
      <div className="flex w-full items-start justify-between gap-3 py-2.5 pl-5 pr-4">
        <span className="min-w-0">
          <span className="block text-lg font-semibold leading-snug text-ink-900">{name}</span>
          {detail !== undefined && <span className="block text-sm text-ink-600 tabular-nums">{detail}</span>}
        </span>
        <span className="shrink-0 text-lg font-semibold text-ink-900 tabular-nums">{price}</span>
      </div>
    </li>
  );
});
