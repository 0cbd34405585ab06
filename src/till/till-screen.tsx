import { useQuery } from '@tanstack/react-query';
import { useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStableCallback } from '../lib/use-stable-callback';
import { Banner } from '../ui/banner';
import type { PriceBook, Product } from '../pricing';
import { useAgeChecks, useCanUndo } from './sale/sale-store';
import type { RecordSale, SaleRecord } from './checkout/record-sale';
import { useStorageProblem } from './checkout/storage-problem-store';
import { checkCompletion, summarizeTenders, type TenderKind } from './checkout/tender-rules';
import { HelpDialog } from './dialogs/help-dialog';
import { nearMissQueries } from './hints/near-miss-queries';
import { PaymentDialog } from './dialogs/payment-dialog';
import { QuantityDialog } from './dialogs/quantity-dialog';
import { VoidSaleDialog } from './dialogs/void-sale-dialog';
import { WeighDialog } from './dialogs/weigh-dialog';
import { useScanGuards } from './guards/use-scan-guards';
import { beepRefusal } from './scanner/beep';
import { keepForLater, takePending } from './scanner/pending-scans';
import { buildCatalogue, resolveProduct, resolveScan, weighedItem, type ScanResolution, type WeighLabel } from './scanner/resolve-scan';
import type { ScannerEvent, ScannerOutput } from './scanner/scanner-machine';
import { useScannerDispatch } from './scanner/scanner-store';
import { useKeyboardWedge } from './scanner/use-keyboard-wedge';
import { BarcodeField } from './screen/barcode-field';
import { BasketPanel } from './screen/basket-panel';
import { Feedback, type FeedbackMessage } from './screen/feedback';
import { ProductPanel } from './screen/product-panel';
import { SaleComplete } from './screen/sale-complete';
import { TillHeader } from './screen/till-header';
import type { ShortcutId } from './shortcuts';
import { basketHasLinesNow, saleCompletedNow, useBasketLines, useCompletedSale, useSaleActions, useSaleId, useTenders } from './sale/sale-store';
import { usePriceChangeNotice, useSaleBook } from './sale/use-sale-book';
import { useBasketItems, useMoney, usePricing, useToday } from './use-pricing';

type OpenDialog =
  | { readonly kind: 'pay' }
  | { readonly kind: 'help' }
  | { readonly kind: 'void-sale' }
  | { readonly kind: 'quantity' }
  | { readonly kind: 'weigh'; readonly product: Product; readonly label: WeighLabel };

export interface TillScreenProps {
  readonly book: PriceBook;
  /** Where the book was loaded from: it names the book in cache keys. */
  readonly bookUrl: string;
  /** Records a completed sale durably; the sale shows as complete only once this resolves. */
  readonly recordSale: RecordSale;
  /** Why this tab may not sell (the till is open in another tab); undefined when it may. */
  readonly readOnly?: string | undefined;
  /** A problem with the sales journal known before any sale (it could not be opened). */
  readonly journalProblem?: string | undefined;
  /** Links to the app's other screens, shown in the header. */
  readonly nav?: ReactNode;
}

/**
 * The cashier's screen: products and the live receipt side by side, scanning from anywhere,
 * payment, and the receipt of the sale just completed.
 */
export function TillScreen({ book: latestBook, bookUrl, recordSale, readOnly, journalProblem, nav }: TillScreenProps) {
  const lines = useBasketLines();
  const sale = useSaleActions();
  const ageChecks = useAgeChecks();
  const canUndo = useCanUndo();
  const saleId = useSaleId();
  const tenders = useTenders();
  const completed = useCompletedSale();
  // Once money is taken the sale keeps its prices; a new book waits for the next sale.
  const { book, held: newBookWaiting } = useSaleBook(latestBook, tenders.length > 0);
  const catalogue = useMemo(() => buildCatalogue(book), [book]);
  const { format, fractionDigits } = useMoney(book.currency);
  const storeName = book.name ?? 'Till';
  const items = useBasketItems(lines);
  const today = useToday();
  const pricing = usePricing(book, items, today);
  const hints = useQuery({ ...nearMissQueries.forBasket(book, bookUrl, items, today), enabled: pricing.ok && items.length > 0 });
  const nearMisses = pricing.ok && items.length > 0 ? (hints.data ?? []) : [];
  const total = pricing.ok ? pricing.receipt.total : 0;
  const { paid } = summarizeTenders(total, tenders);
  const [priceNotice, dismissPriceNotice] = usePriceChangeNotice(book, total, lines.length, format);

  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  const [chosenLineId, setChosenLineId] = useState<number | null>(null);
  const barcodeField = useRef<HTMLInputElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const dispatch = useScannerDispatch();
  const storageProblem = useStorageProblem();
  // Money is never taken for a sale that could not be recorded: payment waits for storage.
  const paymentBlocked = journalProblem ?? storageProblem ?? undefined;
  // Recording is async (IndexedDB): the ref stops a second tap synchronously, the state shows it.
  const recordingRef = useRef(false);
  const [recording, setRecording] = useState(false);
  const [recordProblem, setRecordProblem] = useState<string | null>(null);

  // The selected line: the one the cashier picked on purpose (tapped, or ↑/↓), else the newest.
  const chosen = lines.find((line) => line.id === chosenLineId);
  const selected = chosen ?? lines.at(-1);

  const notify = (message: string) => setFeedback((previous) => ({ message, serial: (previous?.serial ?? 0) + 1, tone: 'notice' }));
  const refuse = (message: string) => {
    setFeedback((previous) => ({ message, serial: (previous?.serial ?? 0) + 1 }));
    beepRefusal();
  };
  const alert = <Feedback message={feedback} onDismiss={() => setFeedback(null)} />;
  const guards = useScanGuards({
    format,
    feedback: alert,
    refuse,
    notify,
    onAdded: () => {
      setChosenLineId(null);
      setFeedback(null);
    },
  });
  /** Voids a line the cashier chose, and says so: Undo puts it back. */
  const voidLine = (lineId: number) => {
    const line = lines.find((l) => l.id === lineId);
    if (line === undefined || !mayChange()) return;
    sale.lineVoided(lineId);
    setChosenLineId(null);
    notify(`Voided: ${catalogue.bySku.get(line.sku)?.name ?? line.sku}. Undo (Ctrl+Z) puts it back`);
  };

  /** Whether the basket may change now, refusing with the reason when not. */
  const mayChange = (): boolean => {
    if (readOnly !== undefined) refuse(readOnly);
    else if (recordingRef.current) refuse('Wait: the sale is being recorded');
    else return true;
    return false;
  };

  const accept = (resolution: ScanResolution) => {
    if (resolution.kind === 'refused') {
      refuse(resolution.message);
      return;
    }
    if (!mayChange()) return;
    // A scan on the receipt of a finished sale is the next customer's first item.
    sale.nextSaleStarted();
    if (resolution.kind === 'weigh') {
      setDialog({ kind: 'weigh', product: resolution.product, label: resolution.label });
      return;
    }
    guards.offer(resolution.item, resolution.product);
  };

  const onOutput = (output: ScannerOutput) => {
    // While a sale is being recorded, a scan is the next customer's: it waits, whole, and goes in
    // as soon as the receipt is up.
    if (recordingRef.current && (output.type === 'scan' || output.type === 'product')) {
      keepForLater(output);
      return;
    }
    switch (output.type) {
      case 'scan':
        accept(resolveScan(catalogue, output.code, output.quantity));
        break;
      case 'product': {
        const product = catalogue.bySku.get(output.sku);
        if (product !== undefined) accept(resolveProduct(product, output.quantity));
        break;
      }
      case 'ask-quantity':
        if (dialog === null) setDialog({ kind: 'quantity' });
        break;
      case 'refused':
        refuse(output.message);
        break;
    }
  };

  const send = (event: ScannerEvent) => dispatch(event).outputs.forEach(onOutput);
  // Scans that came while the till was loading, or while the last sale was being recorded.
  const takeWaitingScans = useEffectEvent(() => takePending().forEach(onOutput));
  useLayoutEffect(() => {
    if (!recording) takeWaitingScans();
  }, [recording]);
  // Stable, so the product panel (every product's button) does not re-render on each scan.
  const chooseProduct = useStableCallback((product: Product) => send({ type: 'product-chosen', sku: product.sku }));

  const completeSale = async () => {
    if (!pricing.ok || completed !== null || recordingRef.current) return;
    if (readOnly !== undefined) {
      refuse(readOnly);
      return;
    }
    if (paymentBlocked !== undefined) {
      refuse(blockedMessage(paymentBlocked));
      return;
    }
    const check = checkCompletion(total, lines.length, tenders, format);
    if (!check.ok) {
      refuse(check.message);
      return;
    }
    const record: SaleRecord = {
      id: saleId,
      at: new Date().toISOString(),
      storeName,
      book: { id: book.id ?? bookUrl, ...(book.version === undefined ? {} : { version: book.version }) },
      items,
      ...(ageChecks.length > 0 ? { ageChecks } : {}),
      receipt: pricing.receipt,
      tenders,
      change: check.change,
    };
    recordingRef.current = true;
    setRecording(true);
    try {
      // Idempotent by sale id: a retry after an unknown outcome gets the sale already recorded. The
      // basket empties in the same transaction, so after a crash the sale is in one place only.
      await sale.saleRecorded(record, recordSale);
      setDialog(null);
      setFeedback(null);
      setChosenLineId(null);
      setRecordProblem(null);
    } catch (error) {
      // The basket and tenders stay as they are: nothing is lost, and Complete sale can be tried again.
      setRecordProblem(error instanceof Error ? error.message : 'The sale could not be recorded.');
    } finally {
      recordingRef.current = false;
      setRecording(false);
    }
  };

  const openPay = () => {
    if (readOnly !== undefined) refuse(readOnly);
    else if (paymentBlocked !== undefined) refuse(blockedMessage(paymentBlocked));
    else if (!basketHasLinesNow()) refuse('The basket is empty: scan an item first');
    else if (pricing.ok) setDialog({ kind: 'pay' });
  };

  const moveSelection = (step: number) => {
    if (selected === undefined) return;
    const at = lines.indexOf(selected) + step;
    const next = lines[Math.max(0, Math.min(lines.length - 1, at))];
    if (next !== undefined) setChosenLineId(next.id);
  };

  const onShortcut = (shortcut: ShortcutId): boolean => {
    if (guards.asking) return false;
    if (dialog !== null) {
      if (shortcut === 'pay' && dialog.kind === 'pay') {
        void completeSale();
        return true;
      }
      return false;
    }
    if (completed !== null) {
      if (shortcut !== 'help') return false;
    }
    switch (shortcut) {
      case 'help':
        setDialog({ kind: 'help' });
        return true;
      case 'search':
        searchField.current?.focus();
        searchField.current?.select();
        return true;
      case 'pay':
        openPay();
        return true;
      case 'undo':
        if (!mayChange()) return true;
        sale.lastActionUndone();
        setChosenLineId(null);
        return true;
      case 'void-sale':
        if (lines.length > 0 && mayChange()) setDialog({ kind: 'void-sale' });
        return true;
      case 'previous-line':
        moveSelection(-1);
        return true;
      case 'next-line':
        moveSelection(1);
        return true;
      case 'more':
      case 'fewer':
        // With no line chosen on purpose, − is typed (a minus before × is then refused as a quantity).
        if (shortcut === 'fewer' && chosen === undefined) return false;
        // A weighed pack is one line of its own: there is no "one more" of it.
        if (selected !== undefined && catalogue.bySku.get(selected.sku)?.unit !== 'kg' && mayChange()) sale.quantityChanged(selected.id, shortcut === 'more' ? 1 : -1);
        return true;
      case 'void-line':
        if (chosen === undefined) refuse(lines.length === 0 ? 'Nothing to void' : 'Select the line to void first (tap it, or ↑/↓), then Delete');
        else voidLine(chosen.id);
        return true;
    }
  };

  // While a sale is recorded, and on its receipt (which has no text field), every key is a scan:
  // the Payment dialog may still be closing, and a code scanned then is the next customer's, whole.
  useKeyboardWedge({ barcodeField, onOutput, onShortcut, keysAreScans: () => recordingRef.current || saleCompletedNow() });

  const closeDialog = () => {
    setDialog(null);
    setFeedback(null);
  };
  const recordWarning = recordProblem !== null && (
    <Banner tone="warning" title="The sale was not recorded">
      {recordProblem} The sale is still here: try Complete sale again.
    </Banner>
  );

  return (
    <div className="flex h-dvh flex-col overflow-hidden">
      <title>{`${storeName} · Till`}</title>
      <TillHeader storeName={storeName} today={today} nav={nav} onHelp={() => setDialog({ kind: 'help' })} />
      {readOnly !== undefined && (
        <Banner tone="notice" title="Read only: this till is open in another tab">
          {readOnly} Sales history and the X report can still be viewed here.
        </Banner>
      )}
      {storageProblem !== null && <Banner tone="warning" title="Storage problem">{storageProblem}</Banner>}
      {journalProblem !== undefined && (
        <Banner tone="warning" title="The sales journal is unavailable">
          {journalProblem} Payment is blocked until it is back.
        </Banner>
      )}
      {newBookWaiting && (
        <Banner tone="notice" title="New prices are waiting">
          This sale keeps the prices it was paid at; the new price book applies from the next sale.
        </Banner>
      )}
      {priceNotice !== undefined && (
        <Banner tone="notice" title={priceNotice} onDismiss={dismissPriceNotice}>
          The price book changed: the basket is priced again with the new prices.
        </Banner>
      )}
      {dialog === null && recordWarning}

      {completed !== null ? (
        <SaleComplete sale={completed} format={format} feedback={dialog === null && alert} onNewSale={() => sale.nextSaleStarted()} />
      ) : (
        <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_26rem] grid-rows-1 xl:grid-cols-[minmax(0,1fr)_32rem]">
          <ProductPanel book={book} format={format} searchRef={searchField} onChoose={chooseProduct} />
          <BasketPanel
            lines={lines}
            pricing={pricing}
            nearMisses={nearMisses}
            products={catalogue.bySku}
            format={format}
            selectedLineId={selected?.id}
            paid={paid}
            scanArea={
              <>
                <BarcodeField fieldRef={barcodeField} send={send} />
                {dialog === null && !guards.asking && alert}
              </>
            }
            onSelect={setChosenLineId}
            onQuantity={(lineId, delta) => mayChange() && sale.quantityChanged(lineId, delta)}
            onVoidLine={voidLine}
            onRemoveUnpriceable={sale.linesRemoved}
            onUndo={() => {
              if (!mayChange()) return;
              sale.lastActionUndone();
              setChosenLineId(null);
            }}
            canUndo={canUndo}
            onVoidSale={() => mayChange() && setDialog({ kind: 'void-sale' })}
            onPay={openPay}
          />
        </main>
      )}

      {dialog?.kind === 'pay' && pricing.ok && (
        <PaymentDialog
          total={total}
          tenders={tenders}
          format={format}
          fractionDigits={fractionDigits}
          feedback={
            <>
              {recordWarning}
              {alert}
            </>
          }
          recording={recording}
          onTender={(kind: TenderKind, amount: number) => {
            const result = sale.tendered(kind, amount, total, format);
            if (result.ok) setFeedback(null);
            else refuse(result.message);
            return result.ok;
          }}
          onRemoveTender={sale.tenderRemoved}
          onRefuse={refuse}
          onComplete={() => void completeSale()}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'weigh' && (
        <WeighDialog
          product={dialog.product}
          label={dialog.label}
          format={format}
          feedback={alert}
          onWeighed={(grams) => {
            closeDialog();
            guards.offer(weighedItem(dialog.product, grams, dialog.label), dialog.product);
          }}
          onRefuse={refuse}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'quantity' && (
        <QuantityDialog
          feedback={alert}
          onChosen={(quantity) => {
            send({ type: 'quantity-chosen', quantity });
            closeDialog();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'void-sale' && (
        <VoidSaleDialog
          items={lines.reduce((sum, line) => sum + line.quantity, 0)}
          paid={paid > 0 ? format(paid) : undefined}
          feedback={alert}
          onConfirm={() => {
            sale.saleVoided();
            setChosenLineId(null);
            closeDialog();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'help' && <HelpDialog feedback={alert} onClose={closeDialog} />}
      {guards.dialog}
    </div>
  );
}

/** Why payment is refused while storage is down: plain words, and that no money was taken. */
function blockedMessage(problem: string): string {
  return `Payment is blocked: the till cannot record sales right now. ${problem}`;
}
