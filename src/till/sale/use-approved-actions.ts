import type { RefObject } from 'react';
import { newUuid } from '../../lib/uuid';
import { overrideText } from '../../ui/price-override';
import { countItems } from '../basket/basket-rules';
import type { TillDevices } from '../devices-port';
import type { ApprovedBy, RecordEvent, TillAuthorize, TillEvent } from '../checkout/till-events';
import { checkOverride, overrideRefusal, type OverrideInput } from './override-rules';
import { lineVoidOf } from './line-void-rules';
import { noSaleRefusal, voidLineAction } from './sale-rules';
import { saleTenderedNow, useSaleActions } from './sale-store';
import type { TillFeedback } from './use-feedback';
import type { SaleView } from './use-sale-view';

export interface ApprovedActionsOptions {
  readonly view: SaleView;
  readonly feedback: TillFeedback;
  readonly authorize: TillAuthorize;
  readonly recordEvent: RecordEvent | undefined;
  readonly devices: TillDevices;
  readonly readOnly: string | undefined;
  readonly recordingRef: RefObject<boolean>;
  /** Whether the basket may change now (says why not, when not). */
  readonly mayChange: () => boolean;
  readonly choose: (lineId: number | null) => void;
  readonly closeDialog: () => void;
  /** Opens "Override price" for the line. */
  readonly openOverride: (lineId: number) => void;
}

const problemOf = (error: unknown): string => (error instanceof Error ? error.message : 'The device did not answer');
const approvedBy = (staff: ApprovedBy): string => (staff.approver === undefined ? '' : `, approved by ${staff.approver.name}`);

/**
 * The till's actions a cashier needs a supervisor for (`staff/permissions.ts`): voiding the sale,
 * voiding a line once money is in, No sale, a price override. Each asks `authorize` (which
 * resolves at once for a supervisor), and records who did it and who approved it: the void and No
 * sale as journal events, the override on the line (and so in the sale's record).
 */
export function useApprovedActions({ view, feedback, authorize, recordEvent, devices, readOnly, recordingRef, mayChange, choose, closeDialog, openOverride }: ApprovedActionsOptions) {
  const sale = useSaleActions();
  const nameOf = (sku: string) => view.catalogue.bySku.get(sku)?.name ?? sku;
  const event = (staff: ApprovedBy) => ({ id: newUuid(), at: new Date().toISOString(), storeName: view.storeName, currency: view.book.currency, ...staff });
  /** Records the event, or says why it could not be and returns false: then nothing else happens. */
  const record = async (what: TillEvent, failed: string): Promise<boolean> => {
    try {
      await recordEvent?.(what);
      return true;
    } catch (error) {
      feedback.refuse(`${failed}: it could not be recorded. ${problemOf(error)}`);
      return false;
    }
  };

  /** Voids a line the cashier chose, and says so: Undo puts it back. After a tender, a supervisor approves. */
  const voidLine = async (lineId: number) => {
    const index = view.lines.findIndex((l) => l.id === lineId);
    const line = view.lines[index];
    if (line === undefined || !mayChange()) return;
    const tendered = view.tenders.length > 0;
    const action = voidLineAction(tendered);
    const staff = action === undefined ? {} : await authorize(action, `${nameOf(line.sku)}, with ${view.format(view.paid)} paid`);
    if (staff === null) {
      feedback.refuse(`Not voided: ${nameOf(line.sku)} stays in the sale`);
      return;
    }
    const priced = view.pricing.ok ? view.pricing.receipt.lines[index] : undefined;
    sale.lineVoided(lineId, lineVoidOf({ line, priced, name: nameOf(line.sku), tendered, approver: staff.approver, at: new Date().toISOString() }));
    choose(null);
    feedback.notify(`Voided: ${nameOf(line.sku)}${approvedBy(staff)}. Undo (Ctrl+Z) puts it back`);
  };

  /** Voids the whole sale once a supervisor approves, recorded in the journal with who and what. */
  const voidSale = async () => {
    closeDialog();
    if (!mayChange()) return;
    const items = countItems(view.lines);
    const staff = await authorize('void-sale', `${items} ${items === 1 ? 'item' : 'items'}, ${view.format(view.total)}`);
    if (staff === null) {
      feedback.refuse('The sale was not voided');
      return;
    }
    const voided: TillEvent = { kind: 'void', ...event(staff), saleId: view.saleId, items, total: view.total, tendered: view.paid };
    if (!(await record(voided, 'The sale was not voided'))) return;
    sale.saleVoided();
    choose(null);
    feedback.notify(`Sale voided${approvedBy(staff)}${view.paid > 0 ? `: hand back ${view.format(view.paid)}` : ''}`);
  };

  /** Opens the drawer between sales, once a supervisor approves, recorded in the journal first. */
  const noSale = async () => {
    const refusal = noSaleRefusal({ readOnly, recording: recordingRef.current }, view.lines.length > 0 || view.tenders.length > 0);
    if (refusal !== undefined) {
      feedback.refuse(refusal);
      return;
    }
    const staff = await authorize('no-sale', '');
    if (staff === null) {
      feedback.refuse('No sale: the drawer stays shut');
      return;
    }
    if (!(await record({ kind: 'no-sale', ...event(staff) }, 'No sale: the drawer stays shut'))) return;
    if (devices.openDrawer === undefined) {
      feedback.notify(`No sale recorded${approvedBy(staff)} (no cash drawer is paired)`);
      return;
    }
    devices.openDrawer().then(
      () => feedback.notify(`No sale${approvedBy(staff)}: the drawer is open`),
      (error: unknown) => feedback.refuse(problemOf(error)),
    );
  };

  /** Opens "Override price" for the line, unless it is refused now (no line, money already in). */
  const askOverride = (lineId: number) => {
    const refusal = overrideRefusal(view.lines.find((l) => l.id === lineId), view.tenders.length > 0);
    if (refusal !== undefined) feedback.refuse(refusal);
    else if (mayChange()) openOverride(lineId);
  };

  /** Sets a line's unit price with a reason, once a supervisor approves; Undo puts the price back. */
  const overridePrice = async (lineId: number, input: OverrideInput) => {
    const index = view.lines.findIndex((l) => l.id === lineId);
    const line = view.lines[index];
    const refusal = overrideRefusal(line, view.tenders.length > 0);
    const priced = view.pricing.ok ? view.pricing.receipt.lines[index] : undefined;
    if (refusal !== undefined || line === undefined || priced === undefined) {
      feedback.refuse(refusal ?? 'The basket cannot be priced: remove what it cannot price first');
      return;
    }
    if (!mayChange()) return;
    const checked = checkOverride(input, line.override?.was ?? priced.unitPrice, priced.unitPrice);
    if (!checked.ok) {
      feedback.refuse(checked.message);
      return;
    }
    closeDialog();
    const note = overrideText(checked.override, view.format);
    const staff = await authorize('price-override', `${nameOf(line.sku)}: ${note}`);
    if (staff === null) {
      feedback.refuse(`Price not changed: ${nameOf(line.sku)} stays at ${view.format(priced.unitPrice)}`);
      return;
    }
    // The approval took a while: a tender that came in meanwhile refuses it, as it would have before.
    if (saleTenderedNow()) {
      feedback.refuse(overrideRefusal(line, true)!);
      return;
    }
    sale.priceOverridden(lineId, { ...checked.override, ...(staff.approver === undefined ? {} : { approver: staff.approver }) });
    feedback.notify(`${nameOf(line.sku)}: ${note}${approvedBy(staff)}. Undo (Ctrl+Z) puts it back`);
  };

  return { voidLine, voidSale, noSale, askOverride, overridePrice };
}
