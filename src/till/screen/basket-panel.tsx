import { useDeferredValue, useRef, type ReactNode } from 'react';
import type { NearMiss, PricingResult, Product } from '../../pricing';
import { Button } from '../../ui/button';
import type { ProofStatus } from '../proof/proof-rules';
import type { BasketLine } from '../basket/basket-rules';
import { HintList } from './hint-list';
import { ReceiptList } from './receipt-list';
import { SaleTotals } from './sale-totals';
import { SelectedLine } from './selected-line';
import { useKeepEndInView } from './use-keep-end-in-view';

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

/** The live receipt beside the products: scan area, lines and discounts, the selected line, hints, totals and the sale's actions. */
export function BasketPanel(props: BasketPanelProps) {
  const { lines, pricing, nearMisses, products, format, selectedLineId, scanArea, onSelect } = props;
  const receipt = pricing.ok ? pricing.receipt : undefined;
  // The total is what a cashier reads after a scan: it paints first, and the list (hundreds of rows
  // to reconcile, lay out and paint) follows in React's next, interruptible render, a frame behind.
  // Lines and receipt are deferred together, so the list never shows one without the other.
  const listLines = useDeferredValue(lines);
  const listReceipt = useDeferredValue(receipt);
  const listSelected = useDeferredValue(selectedLineId);
  const items = lines.reduce((sum, line) => sum + line.quantity, 0);
  const empty = lines.length === 0;
  const scroller = useRef<HTMLDivElement>(null);
  useKeepEndInView(scroller);

  return (
    <aside aria-label="Sale" className="flex min-h-0 flex-col border-l border-ink-200 bg-white">
      <div className="shrink-0 border-b border-ink-200 p-4">{scanArea}</div>

      <div className="flex shrink-0 items-baseline justify-between border-b border-ink-100 px-5 pb-1.5 pt-2.5">
        <h2 className="text-sm font-semibold uppercase tracking-wider text-ink-600">Receipt</h2>
        <p className="text-sm font-medium text-ink-600 tabular-nums">
          {items} {items === 1 ? 'item' : 'items'}
        </p>
      </div>

      <div ref={scroller} className="relative min-h-0 flex-1 overflow-y-auto">
        {!pricing.ok && <Unpriceable {...props} problems={pricing.problems} />}
        <ul aria-label="Receipt" className="divide-y divide-ink-100 pb-2">
          {listReceipt !== undefined && <ReceiptList receipt={listReceipt} lines={listLines} products={products} format={format} selectedLineId={listSelected} onSelect={onSelect} />}
        </ul>
        {empty && <ReadyForNext />}
      </div>

      {receipt !== undefined && <SelectedLine {...props} receipt={receipt} />}
      <HintList nearMisses={nearMisses} />
      <SaleTotals {...props} receipt={receipt} empty={empty} />
    </aside>
  );
}

/** The empty receipt's invitation. */
function ReadyForNext() {
  return (
    <div className="flex flex-col items-center gap-2 px-8 py-12 text-center text-ink-600">
      <svg viewBox="0 0 48 48" className="size-14 text-ink-300" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
        <path d="M8 12v24M14 12v24M20 12v24M25 12v24M31 12v24M36 12v24M40 12v24" />
      </svg>
      <p className="text-lg font-medium text-ink-700">Ready for the next customer</p>
      <p>Scan an item, type a barcode, or tap a product.</p>
    </div>
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
