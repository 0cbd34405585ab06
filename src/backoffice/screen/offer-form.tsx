import type { Offer, PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { IssueList } from '../../ui/issue-list';
import { Notice } from '../../ui/notice';
import { KIND_NAMES, OFFER_KINDS, type OfferDraft, type OfferKind } from '../forms/offer-draft';
import { categoriesOf } from '../forms/offer-form-rules';
import { DraftText, DraftWhole } from './offer-fields';
import { OfferTerms } from './offer-terms';
import { useOfferForm, type OfferFormModel } from './use-offer-form';

export interface OfferFormProps {
  readonly book: PriceBook;
  /** Index in the book's offers of the offer being edited; null for a new or a disabled offer. */
  readonly editing: number | null;
  readonly initial: OfferDraft;
  readonly isNew: boolean;
  readonly fractionDigits: number;
  readonly format: (minor: number) => string;
  readonly today: string;
  /** Saves a checked offer; `disabled` keeps it out of the till (to try it in a what-if first). */
  readonly onSave: (offer: Offer, disabled: boolean) => Promise<void>;
  readonly onClose: () => void;
  /** Whether the offer is saved disabled (parked) by default. */
  readonly startDisabled?: boolean;
}

/** The book's SKUs and categories, suggested in the fields that take them. */
function Suggestions({ book, listId }: { readonly book: PriceBook; readonly listId: string }) {
  return (
    <>
      <datalist id={`${listId}-skus`}>
        {book.products.map((p) => (
          <option key={p.sku} value={p.sku}>
            {p.name}
          </option>
        ))}
      </datalist>
      <datalist id={`${listId}-categories`}>
        {categoriesOf(book).map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </>
  );
}

function KindChoice({ form }: { readonly form: OfferFormModel }) {
  return (
    <fieldset className="flex flex-wrap gap-2">
      <legend className="mb-2 text-sm font-semibold text-ink-800">Kind</legend>
      {OFFER_KINDS.map((kind: OfferKind) => (
        <label key={kind} className="flex min-h-12 cursor-pointer items-center gap-2 rounded-xl px-4 ring-1 ring-inset ring-ink-300 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600">
          <input type="radio" name="kind" value={kind} checked={form.draft.kind === kind} onChange={() => form.set({ kind })} className="size-4 accent-brand-700" />
          {KIND_NAMES[kind]}
        </label>
      ))}
    </fieldset>
  );
}

/** What stops the save (shown once it was tried) and what the saved offer would never do. */
function Findings({ form }: { readonly form: OfferFormModel }) {
  const entityError = form.tried ? form.problems.fields.entity : undefined;
  return (
    <>
      {entityError !== undefined && <Notice tone="problem">{entityError}</Notice>}
      {form.tried && form.problems.general.length > 0 && (
        <div role="alert" className="flex flex-col gap-2">
          <p className="font-medium text-danger-700">This change would break other parts of the book:</p>
          <IssueList issues={form.problems.general} />
        </div>
      )}
      {form.warnings.length > 0 && (
        <ul aria-label="Warnings" className="flex flex-col gap-1 rounded-xl bg-hint-50 px-4 py-3 text-hint-800 ring-1 ring-inset ring-hint-200">
          {form.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The form for one offer, per kind. Each field's problem is the engine's own message, shown beside
 * the field once it has been left or a save was tried; warnings say when a valid offer can never apply.
 */
export function OfferForm({ isNew, onClose, startDisabled = false, ...options }: OfferFormProps) {
  const form = useOfferForm({ ...options, startDisabled });
  return (
    <Dialog title={isNew ? 'New offer' : `Edit offer ${options.initial.id}`} onClose={onClose} closeLabel="Close without saving" size="lg">
      <form noValidate onSubmit={(e) => void form.submit(e)} className="flex flex-col gap-5">
        <Suggestions book={form.book} listId={form.listId} />
        <KindChoice form={form} />
        <div className="grid gap-4 sm:grid-cols-2">
          <DraftText form={form} field="id" label="Offer id" autoComplete="off" readOnly={!isNew} hint={isNew ? 'Unique; receipts and reports name the offer by it' : 'Fixed: recorded sales refer to it'} />
          <DraftText form={form} field="label" label="Receipt label" hint="Left empty, one is made up from the offer" />
        </div>
        <OfferTerms form={form} />
        <section aria-label="When and how often" className="grid gap-4 sm:grid-cols-4">
          <DraftText form={form} field="validFrom" label="Valid from" type="date" />
          <DraftText form={form} field="validUntil" label="Valid until" type="date" />
          <DraftWhole form={form} field="limit" label="Limit per basket" />
          <DraftWhole form={form} field="priority" label="Priority" hint="Lower goes first" />
        </section>
        <Findings form={form} />
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-ink-200 pt-4">
          <label className="mr-auto flex min-h-12 items-center gap-3">
            <input type="checkbox" checked={form.disabled} onChange={(e) => form.setDisabled(e.target.checked)} className="size-5 accent-brand-700" />
            Disabled (the till ignores it; try it in What-if)
          </label>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={form.saving}>
            Save offer
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
