import type { ReactNode } from 'react';
import type { PriceBook } from '../pricing';
import type { RecordSale } from './checkout/record-sale';
import type { TillDevices } from './devices-port';
import type { RecordEvent, TillAuthorize } from './checkout/till-events';
import { useTillSale } from './sale/use-till-sale';
import { BarcodeField } from './screen/barcode-field';
import { BasketPanel } from './screen/basket-panel';
import { ProductPanel } from './screen/product-panel';
import { SaleComplete } from './screen/sale-complete';
import { RecordWarning, TillBanners } from './screen/till-banners';
import { TillHeader } from './screen/till-header';
import { TillLayout } from './screen/till-layout';
import { TillDialogs } from './till-dialogs';
import { ParkingBar } from './parked/parking-bar';
import { ParkedSalesDialog } from './parked/parked-sales-dialog';
import { useParkedSales } from './parked/parked-store';

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
  /** Printer, drawer, scale and customer display, where paired (`src/app` wires them). */
  readonly devices?: TillDevices;
  /** Asks a supervisor's PIN for void sale, void a line after a tender, a price override and No sale. */
  readonly authorize?: TillAuthorize;
  /** Records No sale and voided sales in the journal. */
  readonly recordEvent?: RecordEvent;
}

/**
 * The cashier's screen: products and the live receipt side by side, scanning from anywhere,
 * payment, and the receipt of the sale just completed. It lays out; the workflow is `useTillSale`.
 */
export function TillScreen({ book, bookUrl, recordSale, readOnly, journalProblem, nav, devices = {}, authorize, recordEvent }: TillScreenProps) {
  const till = useTillSale({ book, bookUrl, recordSale, readOnly, journalProblem, devices, authorize, recordEvent });
  const { view, sale, feedback, dialog, completion, intake } = till;
  const alertHere = dialog === null && !intake.guards.asking && feedback.alert;
  const parked = useParkedSales();
  return (
    <div className="flex h-dvh flex-col overflow-hidden">
      <title>{`${view.storeName} · Till`}</title>
      <TillHeader storeName={view.storeName} today={view.today} nav={nav} onHelp={() => till.setDialog({ kind: 'help' })} onNoSale={() => void till.approved.noSale()} />
      <TillBanners
        readOnly={readOnly}
        storageProblem={till.storageProblem}
        journalProblem={journalProblem}
        newBookWaiting={view.newBookWaiting}
        priceNotice={view.priceNotice}
        onDismissPriceNotice={view.dismissPriceNotice}
      />
      {dialog === null && <RecordWarning problem={completion.recordProblem} />}

      {view.completed !== null ? (
        <SaleComplete sale={view.completed} format={view.format} feedback={dialog === null && feedback.alert} onNewSale={() => sale.nextSaleStarted()} onPrint={till.printReceipt} legal={view.book.legal} />
      ) : (
        <TillLayout
          products={<ProductPanel book={view.book} format={view.format} searchRef={till.searchField} onChoose={intake.chooseProduct} />}
          sale={
          <BasketPanel
            lines={view.lines}
            pricing={view.pricing}
            proof={view.proof}
            nearMisses={view.nearMisses}
            products={view.catalogue.bySku}
            format={view.format}
            selectedLineId={till.selected?.id}
            paid={view.paid}
            scanArea={
              <>
                <BarcodeField fieldRef={till.barcodeField} send={intake.send} />
                <ParkingBar parkedCount={parked.length} onPark={() => void till.parking.park()} onShowParked={() => till.setDialog({ kind: 'parked' })} />
                {alertHere}
              </>
            }
            onSelect={till.choose}
            onQuantity={till.rows.changeQuantity}
            onVoidLine={(lineId) => void till.rows.voidRow(lineId)}
            onOverridePrice={till.approved.askOverride}
            onRemoveUnpriceable={sale.linesRemoved}
            onUndo={() => {
              if (!till.mayChange()) return;
              sale.lastActionUndone();
              till.choose(null);
            }}
            canUndo={view.canUndo}
            onVoidSale={() => till.mayChange() && till.setDialog({ kind: 'void-sale' })}
            onPay={completion.openPay}
          />
          }
        />
      )}
      <TillDialogs till={till} />
      {dialog?.kind === 'parked' && <ParkedSalesDialog sales={parked} format={view.format} feedback={feedback.alert} onRecall={(p) => void till.parking.recall(p)} onClose={till.closeDialog} />}
    </div>
  );
}
