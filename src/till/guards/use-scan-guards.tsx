import { useRef, useState, type ReactNode } from 'react';
import type { Product } from '../../pricing';
import { readAgeChecks, useSaleActions } from '../sale/sale-store';
import type { ScannedItem } from '../basket/basket-rules';
import { ScanCheckDialog } from '../dialogs/scan-check-dialog';
import { checkScan, type ScanConfirmation } from './scan-checks';

interface Pending {
  readonly item: ScannedItem;
  readonly product: Product;
  /** Still to ask, the one on screen first. */
  readonly confirmations: readonly ScanConfirmation[];
}

export interface ScanGuardsOptions {
  readonly format: (amount: number) => string;
  /** The till's alert, shown inside the question while it is open. */
  readonly feedback: ReactNode;
  /** A refusal: shown and beeped. */
  readonly refuse: (message: string) => void;
  /** What the till did at the cashier's word ("Not added: …"), shown without a beep. */
  readonly notify: (message: string) => void;
  /** An item went into the basket. */
  readonly onAdded: () => void;
}

export interface ScanGuards {
  /** Puts an item into the basket once the guards pass, asking the cashier first where they must. */
  readonly offer: (item: ScannedItem, product: Product) => void;
  /** Whether a question is on screen: the till takes no other action until it is answered. */
  readonly asking: boolean;
  /** The question, when one is open. */
  readonly dialog: ReactNode;
}

const notAdded = (item: ScannedItem, product: Product, format: (amount: number) => string): string =>
  item.price === undefined ? `Not added: ${item.quantity} × ${product.name}` : `Not added: ${product.name} at ${format(item.price)}`;

/**
 * The guards between a scan and the basket (rules in `scan-checks.ts`): refuses what must not go
 * in, asks the age, price-label and quantity questions one after another, and adds the item only
 * once every one is confirmed. The age answers are recorded with the sale whatever they are.
 */
export function useScanGuards({ format, feedback, refuse, notify, onAdded }: ScanGuardsOptions): ScanGuards {
  const basket = useSaleActions();
  const [pending, setPending] = useState<Pending | null>(null);
  // Scans arrive faster than renders: the ref answers "is a question open?" at once.
  const pendingRef = useRef<Pending | null>(null);
  const show = (next: Pending | null) => {
    pendingRef.current = next;
    setPending(next);
  };

  const add = (item: ScannedItem) => {
    basket.scanned(item);
    onAdded();
  };

  const offer = (item: ScannedItem, product: Product) => {
    if (pendingRef.current !== null) {
      refuse(`Not added: ${product.name}. Answer the question on screen first, then scan it again`);
      return;
    }
    const verdict = checkScan(item, product, readAgeChecks(), format);
    if (!verdict.ok) refuse(verdict.message);
    else if (verdict.confirmations.length === 0) add(item);
    else show({ item, product, confirmations: verdict.confirmations });
  };

  const answer = (confirmed: boolean) => {
    const current = pendingRef.current;
    const [asked, ...rest] = current?.confirmations ?? [];
    if (current === null || asked === undefined) return;
    const { item, product } = current;
    if (asked.kind === 'age') {
      basket.ageChecked({ sku: product.sku, minimumAge: asked.minimumAge, outcome: confirmed ? 'confirmed' : 'refused', at: new Date().toISOString() });
    }
    if (!confirmed) {
      show(null);
      notify(asked.kind === 'age' ? `Not sold: ${product.name}. The customer is not confirmed ${asked.minimumAge} or over` : notAdded(item, product, format));
    } else if (rest.length > 0) {
      show({ ...current, confirmations: rest });
    } else {
      show(null);
      add(item);
    }
  };

  const asked = pending?.confirmations[0];
  const dialog =
    pending !== null && asked !== undefined ? (
      // Keyed by the question, so each question is a fresh dialog that takes focus.
      <ScanCheckDialog
        key={`${pending.confirmations.length}-${asked.kind}`}
        confirmation={asked}
        product={pending.product}
        format={format}
        feedback={feedback}
        onConfirm={() => answer(true)}
        onCancel={() => answer(false)}
      />
    ) : null;
  return { offer, asking: pending !== null, dialog };
}
