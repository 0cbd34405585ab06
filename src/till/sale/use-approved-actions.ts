import type { RefObject } from 'react';
import { newUuid } from '../../lib/uuid';
import { countItems } from '../basket/basket-rules';
import type { TillDevices } from '../devices-port';
import type { ApprovedBy, RecordEvent, TillAuthorize, TillEvent } from '../checkout/till-events';
import { approvedBy, problemOf } from './approval-words';
import { lineVoidOf } from './line-void-rules';
import { noSaleRefusal, voidLineAction } from './sale-rules';
import { useSaleActions } from './sale-store';
import type { TillFeedback } from './use-feedback';
import { usePriceOverride } from './use-price-override';
import type { SaleView } from './use-sale-view';

export interface ApprovedActionsOptions {
  readonly view: SaleView;
  readonly feedback: TillFeedback;
  readonly authorize: TillAuthorize;
  readonly recordEvent: RecordEvent | undefined;
  readonly devices: TillDevices;
  readonly readOnly: string | undefined;
  readonly recordingRef: RefObject<boolean>;
  /** Runs a write that ends the sale with scans held back for the next one (`Completion.holdingScans`). */
  readonly holdingScans: <T>(work: () => Promise<T>) => Promise<T>;
  /** Whether the basket may change now (says why not, when not). */
  readonly mayChange: () => boolean;
  readonly choose: (lineId: number | null) => void;
  readonly closeDialog: () => void;
  /** Opens "Override price" for the line. */
  readonly openOverride: (lineId: number) => void;
}

/**
 * The till's actions a cashier needs a supervisor for (`staff/permissions.ts`): voiding the sale,
 * voiding a line once money is in, No sale, a price override (`use-price-override.ts`). Each asks
 * `authorize` (which resolves at once for a supervisor), and records who did it and who approved
 * it: the void and No sale as journal events, the line void and the override on the sale.
 */
export function useApprovedActions(options: ApprovedActionsOptions) {
  const { view, feedback, authorize, mayChange } = options;
  const sale = useSaleActions();
  const nameOf = (sku: string) => view.catalogue.bySku.get(sku)?.name ?? sku;
  const override = usePriceOverride(options);
  const events = useTillEvents(options);

  /**
   * Voids the scans of a receipt row (one line, or the repeated scans shown as one), and says so:
   * one Undo puts them back. After a tender, a supervisor approves once and the sale keeps one
   * record of them ("Strawberries × 3"). `quiet`: a correction before a tender (− taking off the
   * last scan) needs no words.
   */
  const voidLines = async (lineIds: readonly number[], quiet = false): Promise<boolean> => {
    const taken = view.lines.flatMap((line, index) => (lineIds.includes(line.id) ? [{ line, index }] : []));
    const last = taken.at(-1);
    if (last === undefined || !mayChange()) return false;
    const name = nameOf(last.line.sku);
    const tendered = view.tenders.length > 0;
    const action = voidLineAction(tendered);
    const staff = action === undefined ? {} : await authorize(action, `${name}, with ${view.format(view.paid)} paid`);
    if (staff === null) {
      feedback.refuse(`Not voided: ${name} stays in the sale`);
      return false;
    }
    const receipt = view.pricing.ok ? view.pricing.receipt : undefined;
    const sum = (of: (part: (typeof taken)[number]) => number) => taken.reduce((total, part) => total + of(part), 0);
    // The scans of a row are one product at one price: one record, their units and amounts summed.
    const line = { ...last.line, quantity: sum(({ line }) => line.quantity) };
    const priced = receipt === undefined ? undefined : { price: sum(({ index }) => receipt.lines[index]?.price ?? 0) };
    sale.linesVoided(lineIds, lineVoidOf({ line, priced, name, tendered, approver: staff.approver, at: new Date().toISOString() }));
    if (quiet && !tendered) return true;
    feedback.notify(`Voided: ${name}${approvedBy(staff)}. Undo (Ctrl+Z) puts it back`);
    return true;
  };

  return { voidLines, ...events, ...override };
}

/** Voiding the whole sale and No sale: approved, recorded in the journal first, then done. */
function useTillEvents({ view, feedback, authorize, recordEvent, devices, readOnly, recordingRef, holdingScans, mayChange, choose, closeDialog }: ApprovedActionsOptions) {
  const sale = useSaleActions();
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
    const handed = view.takeovers.length > 0 ? { takeovers: view.takeovers } : {};
    const voided: TillEvent = { kind: 'void', ...event(staff), saleId: view.saleId, items, total: view.total, tendered: view.paid, ...handed };
    // A scan after the cashier confirmed the void is the next customer's: it waits until the void is done.
    const done = await holdingScans(async () => {
      if (!(await record(voided, 'The sale was not voided'))) return false;
      sale.saleVoided();
      return true;
    });
    if (!done) return;
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

  return { voidSale, noSale };
}
