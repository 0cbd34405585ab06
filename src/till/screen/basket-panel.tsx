import { memo, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { NearMiss, PricingResult, Product, Receipt } from '../../pricing';
import { Button } from '../../ui/button';
import { proofStatusText, type ProofStatus } from '../proof/proof-rules';
import type { BasketLine } from '../basket/basket-rules';
import { lineDetail, ReceiptEntries } from '../../ui/receipt-entries';
import { groupRepeatedScans, type ReceiptRow } from './receipt-rows';

export interface BasketPanelProps {
  readonly lines: readonly BasketLine[];
  readonly pricing: PricingResult;
  /** Where the total stands: proven, being checked off the main thread, or the best found (`proof/`). */
  readonly proof: ProofStatus | undefined;
  /** The engine's near misses, found off the main thread: hints the cashier can pass on. */
  readonly nearMisses: readonly NearMiss[];
  readonly products: ReadonlyMap<string, Product>;
  readonly format: (amount: number) => string;
  readonly selectedLineId: number | undefined;
  readonly paid: number;
  /** The Barcode field, and the feedback alert under it. */
  readonly scanArea: ReactNode;
  readonly onSelect: (lineId: number) => void;
  readonly onQuantity: (lineId: number, delta: number) => void;
  readonly onVoidLine: (lineId: number) => void;
  /** Opens "Override price" for the line (a supervisor approves). */
  readonly onOverridePrice?: (lineId: number) => void;
  readonly onRemoveUnpriceable: (lineIds: readonly number[]) => void;
  readonly onUndo: () => void;
  /** Whether Undo has an action to reverse (the basket may be empty after a void). */
  readonly canUndo: boolean;
  readonly onVoidSale: () => void;
  readonly onPay: () => void;
}

/** The live receipt beside the products: scan area, lines and discounts, hints, totals and the sale's actions. */
export function BasketPanel(props: BasketPanelProps) {
  const { lines, pricing, proof, nearMisses, products, format, selectedLineId, paid, scanArea, onSelect, onUndo, canUndo, onVoidSale, onPay } = props;
  const receipt = pricing.ok ? pricing.receipt : undefined;
  // The total is what a cashier reads after a scan: it paints first, and the list (hundreds of rows
  // to reconcile, lay out and paint) follows in React's next, interruptible render, a frame behind.
  // Lines and receipt are deferred together, so the list never shows one without the other.
  const listLines = useDeferredValue(lines);
  const listReceipt = useDeferredValue(receipt);
  const listSelected = useDeferredValue(selectedLineId);
  const items = lines.reduce((sum, line) => sum + line.quantity, 0);
  const empty = lines.length === 0;
  // While the total is checked off the main thread it is shown greyed: it may still come down.
  const checking = proof === 'checking' && !empty;

  return (
    <aside aria-label="Sale" className="flex min-h-0 flex-col border-l border-ink-200 bg-white">
      <div className="shrink-0 border-b border-ink-200 p-4">{scanArea}</div>

      <div className="flex shrink-0 items-baseline justify-between border-b border-ink-100 px-5 pb-1.5 pt-2.5">
        <h2 className="text-sm font-semibold uppercase tracking-wider text-ink-600">Receipt</h2>
        <p className="text-sm font-medium text-ink-600 tabular-nums">
          {items} {items === 1 ? 'item' : 'items'}
        </p>
      </div>

      <div className="relative min-h-0 flex-1 overflow-y-auto">
        {!pricing.ok && <Unpriceable {...props} problems={pricing.problems} />}
        <ul aria-label="Receipt" className="divide-y divide-ink-100 pb-2">
          {listReceipt !== undefined && <ReceiptList receipt={listReceipt} lines={listLines} products={products} format={format} selectedLineId={listSelected} onSelect={onSelect} />}
        </ul>
        {empty && (
          <div className="flex flex-col items-center gap-2 px-8 py-12 text-center text-ink-600">
            <svg viewBox="0 0 48 48" className="size-14 text-ink-300" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
              <path d="M8 12v24M14 12v24M20 12v24M25 12v24M31 12v24M36 12v24M40 12v24" />
            </svg>
            <p className="text-lg font-medium text-ink-700">Ready for the next customer</p>
            <p>Scan an item, type a barcode, or tap a product.</p>
          </div>
        )}
      </div>

      {receipt !== undefined && <SelectedLine {...props} receipt={receipt} />}

      {nearMisses.length > 0 && (
        <section aria-label="Hints" className="shrink-0 border-t border-hint-200 bg-hint-50 px-5 py-2">
          <ul className="space-y-1 text-sm text-hint-800 xl:text-[0.95rem]">
            {nearMisses.slice(0, 2).map((hint, i) => (
              // One hint on a small screen, two where there is room: hints must not crowd out the receipt.
              <li key={`${hint.offerId}-${hint.sku}`} className={`gap-2 ${i === 0 ? 'flex' : 'hidden xl:flex'}`}>
                <svg viewBox="0 0 24 24" className="mt-0.5 size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
                  <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.6.5 1 1.2 1.1 2V16h5v-.2c.1-.8.5-1.5 1.1-2A6 6 0 0 0 12 3Z" />
                </svg>
                <span>{hint.message.charAt(0).toUpperCase() + hint.message.slice(1)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="shrink-0 border-t border-ink-200 bg-ink-50/60 px-5 pb-4 pt-2.5">
        <dl className="flex flex-wrap justify-between gap-x-6 gap-y-0.5 text-base text-ink-700 tabular-nums">
          <div className="flex gap-2">
            <dt>Subtotal</dt>
            <dd>{format(receipt?.subtotal ?? 0)}</dd>
          </div>
          <div className={`flex gap-2 ${receipt !== undefined && receipt.savings > 0 ? 'font-semibold text-brand-700' : ''}`}>
            <dt>Savings</dt>
            <dd>{receipt !== undefined && receipt.savings > 0 ? `−${format(receipt.savings)}` : format(0)}</dd>
          </div>
          {paid > 0 && (
            <div className="flex w-full justify-between gap-2 font-semibold text-ink-800">
              <dt>Paid so far</dt>
              <dd>{format(paid)}</dd>
            </div>
          )}
        </dl>
        <div className="mt-1 flex items-end justify-between gap-4">
          <span className="pb-1.5 text-xl font-semibold text-ink-900" aria-hidden="true">
            Total
          </span>
          <p
            role="status"
            aria-label="Total"
            aria-busy={checking}
            className={`text-5xl font-bold tracking-tight tabular-nums ${checking ? 'text-ink-500' : 'text-ink-950'}`}
          >
            {receipt === undefined ? '—' : format(receipt.total)}
          </p>
        </div>
        {/* Always in the page, so that a screen reader announces the check as it starts and ends. */}
        <p role="status" aria-label="Price check" className="mt-1 min-h-5 text-right text-sm text-ink-600">
          {empty ? '' : proofStatusText(proof)}
        </p>
        <div className="mt-3 grid grid-cols-[auto_auto_minmax(0,1fr)] gap-2">
          <Button onClick={onUndo} disabled={!canUndo} size="lg" variant="secondary" aria-label="Undo last action">
            Undo
          </Button>
          <Button onClick={onVoidSale} disabled={empty} size="lg" variant="danger">
            Void sale
          </Button>
          <Button onClick={onPay} disabled={empty || receipt === undefined} size="lg" variant="primary" className="whitespace-nowrap text-xl">
            Pay {receipt === undefined || empty ? '' : format(receipt.total)}
          </Button>
        </div>
      </div>
    </aside>
  );
}

interface ReceiptListProps {
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
const ReceiptList = memo(function ReceiptList(props: ReceiptListProps) {
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

/**
 * The selected line's controls, in one fixed place under the receipt (not inside the list, so the
 * Receipt's items read as the receipt does): one fewer, one more, void.
 */
function SelectedLine({ receipt, lines, selectedLineId, onQuantity, onVoidLine, onOverridePrice }: BasketPanelProps & { receipt: Receipt }) {
  const index = lines.findIndex((line) => line.id === selectedLineId);
  const line = receipt.lines[index];
  const basketLine = lines[index];
  if (line === undefined || basketLine === undefined) return null;
  // Weighed packs (by weight or by their price label) are one line each: no − and +.
  const weighed = line.unit === 'kg';
  return (
    <section aria-label="Selected line" className="flex shrink-0 items-center gap-2 border-t border-ink-200 bg-white px-4 py-1.5">
      <p className="min-w-0 flex-1 truncate font-semibold text-ink-800">{line.name}</p>
      {!weighed && (
        <>
          <button
            type="button"
            aria-label="One fewer"
            disabled={line.quantity <= 1}
            onClick={() => onQuantity(basketLine.id, -1)}
            className="grid size-12 place-items-center rounded-xl bg-white text-2xl font-semibold text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-100 disabled:text-ink-300"
          >
            −
          </button>
          <output aria-label="Quantity of the selected line" className="min-w-8 text-center text-lg font-semibold tabular-nums">
            {line.quantity}
          </output>
          <button
            type="button"
            aria-label="One more"
            onClick={() => onQuantity(basketLine.id, 1)}
            className="grid size-12 place-items-center rounded-xl bg-white text-2xl font-semibold text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-100"
          >
            +
          </button>
        </>
      )}
      {onOverridePrice !== undefined && (
        <button
          type="button"
          onClick={() => onOverridePrice(basketLine.id)}
          className="min-h-12 rounded-xl bg-white px-4 font-semibold text-ink-800 ring-1 ring-inset ring-ink-300 hover:bg-ink-100"
        >
          Override price
        </button>
      )}
      <button
        type="button"
        onClick={() => onVoidLine(basketLine.id)}
        className="min-h-12 rounded-xl bg-white px-4 font-semibold text-danger-700 ring-1 ring-inset ring-danger-300 hover:bg-danger-50"
      >
        Void line
      </button>
    </section>
  );
}

function Unpriceable({ problems, lines, onRemoveUnpriceable }: BasketPanelProps & { problems: readonly { item: number; message: string }[] }) {
  const ids = problems.map((p) => lines[p.item]?.id).filter((id): id is number => id !== undefined);
  return (
    <div className="m-4 rounded-xl bg-danger-50 p-4 text-danger-700 ring-1 ring-inset ring-danger-300">
      <p className="font-semibold">This basket has items the price book can't price:</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p.item}>{p.message}</li>
        ))}
      </ul>
      <Button variant="danger" className="mt-3" onClick={() => onRemoveUnpriceable(ids)}>
        Remove {ids.length === 1 ? 'that item' : 'those items'}
      </Button>
    </div>
  );
}
