import { useId, useMemo, useState, type FormEvent } from 'react';
import { validatePriceBook, type Offer, type PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { IssueList } from '../../ui/issue-list';
import { Notice } from '../../ui/notice';
import { TextField } from '../../ui/text-field';
import { hasProblems } from '../forms/draft-fields';
import { offerWarnings } from '../forms/offer-checks';
import { BASES, draftToOffer, KIND_NAMES, OFFER_KINDS, validateOfferDraft, type Basis, type OfferDraft, type OfferKind, type SlotDraft } from '../forms/offer-draft';

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

const BASIS_NAMES: Record<Basis, string> = {
  'before-offers': 'Full prices of the eligible items',
  'after-offers': 'What the eligible items cost after item offers',
  'full-price-only': 'Only eligible items in no other offer',
};

/**
 * The form for one offer, per kind. Each field's problem is the engine's own message, shown beside
 * the field once it has been left or a save was tried; warnings say when a valid offer can never apply.
 */
export function OfferForm({ book, editing, initial, isNew, fractionDigits, format, today, onSave, onClose, startDisabled = false }: OfferFormProps) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [disabled, setDisabled] = useState(startDisabled);
  const [saving, setSaving] = useState(false);
  const problems = useMemo(() => validateOfferDraft(book, editing, draft, fractionDigits), [book, editing, draft, fractionDigits]);
  const candidate = useMemo(() => checkedOffer(book, editing, draft, fractionDigits), [book, editing, draft, fractionDigits]);
  const warnings = candidate === undefined ? [] : offerWarnings(book, candidate, today, format);
  const listId = useId();

  const set = (patch: Partial<OfferDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (field: string) => (tried || touched.has(field) ? problems.fields[field] : undefined);
  const leave = (field: string) => () => setTouched((t) => new Set(t).add(field));
  const text = (field: keyof OfferDraft & string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={label}
      value={draft[field] as string}
      onChange={(e) => set({ [field]: e.target.value } as Partial<OfferDraft>)}
      onBlur={leave(field)}
      error={error(field)}
      {...extra}
    />
  );
  const money = (field: 'price' | 'amount' | 'threshold', label: string) => text(field, label, { inputMode: 'decimal', placeholder: (0).toFixed(fractionDigits) });
  const whole = (field: 'quantity' | 'buy' | 'free' | 'percent' | 'limit' | 'priority', label: string, hint?: string) =>
    text(field, label, { inputMode: 'numeric', ...(hint === undefined ? {} : { hint }) });
  const targets = (
    <>
      {text('products', 'Products (SKUs)', { hint: 'Separate SKUs with commas', list: `${listId}-skus`, autoComplete: 'off' })}
      {text('categories', 'Categories', { hint: 'Separate categories with commas', list: `${listId}-categories`, autoComplete: 'off' })}
    </>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (hasProblems(problems) || candidate === undefined) return;
    setSaving(true);
    try {
      await onSave(candidate, disabled);
    } finally {
      setSaving(false);
    }
  };

  const setSlot = (i: number, patch: Partial<SlotDraft>) => set({ slots: draft.slots.map((s, j) => (i === j ? { ...s, ...patch } : s)) });
  const entityError = tried ? problems.fields.entity : undefined;

  return (
    <Dialog title={isNew ? 'New offer' : `Edit offer ${initial.id}`} onClose={onClose} closeLabel="Close without saving" size="lg">
      <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-5">
        <datalist id={`${listId}-skus`}>
          {book.products.map((p) => (
            <option key={p.sku} value={p.sku}>
              {p.name}
            </option>
          ))}
        </datalist>
        <datalist id={`${listId}-categories`}>
          {[...new Set(book.products.flatMap((p) => (p.category === undefined ? [] : [p.category])))].map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>

        <fieldset className="flex flex-wrap gap-2">
          <legend className="mb-2 text-sm font-semibold text-ink-800">Kind</legend>
          {OFFER_KINDS.map((kind: OfferKind) => (
            <label key={kind} className="flex min-h-12 cursor-pointer items-center gap-2 rounded-xl px-4 ring-1 ring-inset ring-ink-300 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600">
              <input type="radio" name="kind" value={kind} checked={draft.kind === kind} onChange={() => set({ kind })} className="size-4 accent-brand-700" />
              {KIND_NAMES[kind]}
            </label>
          ))}
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          {text('id', 'Offer id', { autoComplete: 'off', readOnly: !isNew, hint: isNew ? 'Unique; receipts and reports name the offer by it' : 'Fixed: recorded sales refer to it' })}
          {text('label', 'Receipt label', { hint: 'Left empty, one is made up from the offer' })}
        </div>

        <section aria-label="Terms" className="grid gap-4 rounded-2xl bg-ink-50 p-4 sm:grid-cols-2">
          {draft.kind === 'multi-buy' && (
            <>
              {whole('quantity', 'Quantity', 'Any mix of the eligible products')}
              {money('price', 'Price for them all')}
              {targets}
            </>
          )}
          {draft.kind === 'bundle' && (
            <>
              {money('price', 'Bundle price')}
              <div className="sm:col-span-2 flex flex-col gap-3">
                {draft.slots.map((slot, i) => (
                  <fieldset key={i} className="grid gap-3 rounded-xl bg-white p-3 ring-1 ring-inset ring-ink-200 sm:grid-cols-[1fr_1fr_7rem_auto]">
                    <legend className="px-1 text-sm font-semibold text-ink-800">Slot {i + 1}</legend>
                    <TextField label={`Slot ${i + 1} products`} value={slot.products} list={`${listId}-skus`} autoComplete="off" onChange={(e) => setSlot(i, { products: e.target.value })} onBlur={leave(`slots.${i}.products`)} error={error(`slots.${i}.products`) ?? error(`slots.${i}`)} />
                    <TextField label={`Slot ${i + 1} categories`} value={slot.categories} list={`${listId}-categories`} autoComplete="off" onChange={(e) => setSlot(i, { categories: e.target.value })} onBlur={leave(`slots.${i}.categories`)} error={error(`slots.${i}.categories`)} />
                    <TextField label={`Slot ${i + 1} quantity`} value={slot.quantity} inputMode="numeric" onChange={(e) => setSlot(i, { quantity: e.target.value })} onBlur={leave(`slots.${i}.quantity`)} error={error(`slots.${i}.quantity`)} />
                    <Button variant="quiet" className="self-end" disabled={draft.slots.length <= 1} onClick={() => set({ slots: draft.slots.filter((_, j) => j !== i) })}>
                      Remove slot {i + 1}
                    </Button>
                  </fieldset>
                ))}
                <Button className="self-start" onClick={() => set({ slots: [...draft.slots, { products: '', categories: '', quantity: '1' }] })}>
                  Add a slot
                </Button>
                {error('slots') !== undefined && <p className="text-sm font-medium text-danger-700">{error('slots')}</p>}
              </div>
            </>
          )}
          {draft.kind === 'cheapest-free' && (
            <>
              {whole('buy', 'Buy', 'How many eligible units make one deal')}
              {whole('free', 'Free', 'How many of them, the cheapest, cost nothing')}
              {targets}
            </>
          )}
          {draft.kind === 'percent-off' && (
            <>
              {whole('percent', 'Percent off each unit', 'Of each eligible unit or weighed line, 1 to 100')}
              <div />
              {targets}
            </>
          )}
          {draft.kind === 'amount-off' && (
            <>
              {money('amount', 'Amount off each unit')}
              <div />
              {targets}
            </>
          )}
          {draft.kind === 'spend-threshold' && (
            <>
              {money('threshold', 'Spend at least')}
              <fieldset className="flex flex-col gap-1">
                <legend className="text-sm font-semibold text-ink-800">Reward</legend>
                <div className="flex gap-2">
                  {(['amount', 'percent'] as const).map((reward) => (
                    <label key={reward} className="flex min-h-12 flex-1 cursor-pointer items-center gap-2 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300 has-checked:ring-2 has-checked:ring-brand-600">
                      <input type="radio" name="reward" checked={draft.reward === reward} onChange={() => set({ reward })} className="size-4 accent-brand-700" />
                      {reward === 'amount' ? 'Money off' : 'Percent off'}
                    </label>
                  ))}
                </div>
              </fieldset>
              {draft.reward === 'amount' ? money('amount', 'Money off the basket') : whole('percent', 'Percent of the measured spend')}
              <label className="flex flex-col gap-1">
                <span className="text-sm font-semibold text-ink-800">Spend measured as</span>
                <select value={draft.basis} onChange={(e) => set({ basis: e.target.value as Basis })} className="min-h-12 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300">
                  {BASES.map((b) => (
                    <option key={b} value={b}>
                      {BASIS_NAMES[b]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex min-h-12 items-center gap-3 sm:col-span-2">
                <input type="checkbox" checked={draft.exclusive} onChange={(e) => set({ exclusive: e.target.checked })} className="size-5 accent-brand-700" />
                <span>
                  <span className="font-semibold">Exclusive</span>: when it applies, it is the only offer on the basket
                </span>
              </label>
              {targets}
              <p className="text-sm text-ink-500 sm:col-span-2">With no products or categories, the whole basket counts.</p>
            </>
          )}
        </section>

        <section aria-label="When and how often" className="grid gap-4 sm:grid-cols-4">
          {text('validFrom', 'Valid from', { type: 'date' })}
          {text('validUntil', 'Valid until', { type: 'date' })}
          {whole('limit', 'Limit per basket')}
          {whole('priority', 'Priority', 'Lower goes first')}
        </section>

        {entityError !== undefined && (
          <Notice tone="problem">{entityError}</Notice>
        )}
        {tried && problems.general.length > 0 && (
          <div role="alert" className="flex flex-col gap-2">
            <p className="font-medium text-danger-700">This change would break other parts of the book:</p>
            <IssueList issues={problems.general} />
          </div>
        )}
        {warnings.length > 0 && (
          <ul aria-label="Warnings" className="flex flex-col gap-1 rounded-xl bg-hint-50 px-4 py-3 text-hint-800 ring-1 ring-inset ring-hint-200">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}

        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-ink-200 pt-4">
          <label className="mr-auto flex min-h-12 items-center gap-3">
            <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} className="size-5 accent-brand-700" />
            Disabled (the till ignores it; try it in What-if)
          </label>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            Save offer
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The draft as a typed offer, when the engine accepts it. */
function checkedOffer(book: PriceBook, editing: number | null, draft: OfferDraft, fractionDigits: number): Offer | undefined {
  const others = book.offers.filter((_, i) => i !== editing);
  const validation = validatePriceBook({ ...book, offers: [...others, draftToOffer(draft, fractionDigits).offer] });
  return validation.ok ? validation.book.offers[others.length] : undefined;
}
