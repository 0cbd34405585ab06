import { countItems } from './basket/basket-rules';
import type { TenderKind } from './checkout/tender-rules';
import { HelpDialog } from './dialogs/help-dialog';
import { PaymentDialog } from './dialogs/payment-dialog';
import { PriceOverrideDialog } from './dialogs/price-override-dialog';
import { QuantityDialog } from './dialogs/quantity-dialog';
import { VoidSaleDialog } from './dialogs/void-sale-dialog';
import { WeighDialog } from './dialogs/weigh-dialog';
import { unitPriceNow } from './sale/override-rules';
import type { TillSale } from './sale/use-till-sale';
import { weighedItem } from './scanner/resolve-scan';
import { rowLinesOf } from './screen/receipt-rows';
import { RecordWarning } from './screen/till-banners';

/** The till's dialogs: the one open, and any guard question. */
export function TillDialogs({ till }: { readonly till: TillSale }) {
  const { view, sale, feedback, dialog, closeDialog, completion, intake } = till;
  const { format, total } = view;
  return (
    <>
      {dialog?.kind === 'pay' && view.pricing.ok && (
        <PaymentDialog
          total={total}
          tenders={view.tenders}
          format={format}
          fractionDigits={view.fractionDigits}
          feedback={
            <>
              <RecordWarning problem={completion.recordProblem} />
              {feedback.alert}
            </>
          }
          recording={completion.recording}
          onTender={(kind: TenderKind, amount: number) => {
            const result = sale.tendered(kind, amount, total, format);
            if (result.ok) feedback.clear();
            else feedback.refuse(result.message);
            return result.ok;
          }}
          onRemoveTender={sale.tenderRemoved}
          onRefuse={feedback.refuse}
          onComplete={() => void completion.completeSale()}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'weigh' && (
        <WeighDialog
          product={dialog.product}
          label={dialog.label}
          format={format}
          feedback={feedback.alert}
          onWeighed={(grams) => {
            closeDialog();
            intake.guards.offer(weighedItem(dialog.product, grams, dialog.label), dialog.product);
          }}
          onRefuse={feedback.refuse}
          onClose={closeDialog}
          readScale={till.devices.readScale}
        />
      )}
      {dialog?.kind === 'quantity' && (
        <QuantityDialog
          feedback={feedback.alert}
          onChosen={(quantity) => {
            intake.send({ type: 'quantity-chosen', quantity });
            closeDialog();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'void-sale' && (
        <VoidSaleDialog
          items={countItems(view.lines)}
          paid={view.paid > 0 ? format(view.paid) : undefined}
          feedback={feedback.alert}
          onConfirm={() => void till.approved.voidSale()}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'override' && <OverrideDialog till={till} lineId={dialog.lineId} />}
      {dialog?.kind === 'help' && <HelpDialog feedback={feedback.alert} onClose={closeDialog} />}
      {intake.guards.dialog}
    </>
  );
}

/** "Override price" for the row that shows the line (every scan of it), priced as the screen shows it. */
function OverrideDialog({ till, lineId }: { readonly till: TillSale; readonly lineId: number }) {
  const { view, feedback, closeDialog } = till;
  const index = view.lines.findIndex((line) => line.id === lineId);
  const receipt = view.pricing.ok ? view.pricing.receipt : undefined;
  const priced = receipt?.lines[index];
  if (priced === undefined) return null;
  return (
    <PriceOverrideDialog
      name={priced.name}
      units={countItems(rowLinesOf(receipt, view.lines, lineId))}
      current={unitPriceNow(priced)}
      format={view.format}
      fractionDigits={view.fractionDigits}
      feedback={feedback.alert}
      onSubmit={(input) => void till.approved.overridePrice(lineId, input)}
      onClose={closeDialog}
    />
  );
}
