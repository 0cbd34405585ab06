import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';
import type { Product } from '../../pricing';
import { useStableCallback } from '../../lib/use-stable-callback';
import { useScanGuards, type ScanGuards } from '../guards/use-scan-guards';
import { keepForLater, takePending } from '../scanner/pending-scans';
import { resolveProduct, resolveScan, type ScanResolution, type WeighLabel } from '../scanner/resolve-scan';
import type { ScannerEvent, ScannerOutput } from '../scanner/scanner-machine';
import { useScannerDispatch } from '../scanner/scanner-store';
import { useSaleActions } from './sale-store';
import type { TillFeedback } from './use-feedback';
import type { SaleView } from './use-sale-view';

export interface ScanIntakeOptions {
  readonly view: SaleView;
  readonly feedback: TillFeedback;
  /** Whether the basket may change now, refusing with the reason when not. */
  readonly mayChange: () => boolean;
  /** True while a sale is being recorded: scans wait for the next sale. */
  readonly recordingRef: RefObject<boolean>;
  readonly recording: boolean;
  /** Whether a dialog is open (× then asks for nothing more). */
  readonly dialogOpen: boolean;
  readonly askQuantity: () => void;
  readonly askWeight: (product: Product, label: WeighLabel) => void;
  /** An item went into the basket: the newest line is the selected one again. */
  readonly onAdded: () => void;
}

export interface ScanIntake {
  readonly guards: ScanGuards;
  readonly onOutput: (output: ScannerOutput) => void;
  /** Feeds the scanner machine (the Barcode field, the quantity numpad). */
  readonly send: (event: ScannerEvent) => void;
  /** A product button was tapped (stable: the product buttons never re-render on a scan). */
  readonly chooseProduct: (product: Product) => void;
}

/**
 * From the scanner and the product buttons to the basket: resolves codes against the sale's book,
 * passes the guards, and keeps scans that come while a sale is being recorded (or before the till
 * was up) for the moment it can take them, whole and in order.
 */
export function useScanIntake(options: ScanIntakeOptions): ScanIntake {
  const { view, feedback, mayChange, recordingRef, recording } = options;
  const sale = useSaleActions();
  const dispatch = useScannerDispatch();
  const guards = useScanGuards({ format: view.format, feedback: feedback.alert, refuse: feedback.refuse, notify: feedback.notify, onAdded: options.onAdded });

  const accept = (resolution: ScanResolution) => {
    if (resolution.kind === 'refused') {
      feedback.refuse(resolution.message);
      return;
    }
    if (!mayChange()) return;
    // A scan on the receipt of a finished sale is the next customer's first item.
    sale.nextSaleStarted();
    if (resolution.kind === 'weigh') options.askWeight(resolution.product, resolution.label);
    else guards.offer(resolution.item, resolution.product);
  };

  const onOutput = (output: ScannerOutput) => {
    // While a sale is being recorded, a scan is the next customer's: it waits, whole.
    if (recordingRef.current && (output.type === 'scan' || output.type === 'product')) {
      keepForLater(output);
      return;
    }
    switch (output.type) {
      case 'scan':
        accept(resolveScan(view.catalogue, output.code, output.quantity));
        break;
      case 'product': {
        const product = view.catalogue.bySku.get(output.sku);
        if (product !== undefined) accept(resolveProduct(product, output.quantity));
        break;
      }
      case 'ask-quantity':
        if (!options.dialogOpen) options.askQuantity();
        break;
      case 'refused':
        feedback.refuse(output.message);
        break;
    }
  };

  const send = (event: ScannerEvent) => dispatch(event).outputs.forEach(onOutput);
  // Scans that came while the till was loading, or while the last sale was being recorded.
  const takeWaitingScans = useEffectEvent(() => takePending().forEach(onOutput));
  useLayoutEffect(() => {
    if (!recording) takeWaitingScans();
  }, [recording]);
  const chooseProduct = useStableCallback((product: Product) => send({ type: 'product-chosen', sku: product.sku }));

  return { guards, onOutput, send, chooseProduct };
}
