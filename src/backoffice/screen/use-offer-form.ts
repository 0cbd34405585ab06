import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Offer, PriceBook } from '../../pricing';
import { hasProblems } from '../forms/draft-fields';
import { offerWarnings } from '../forms/offer-checks';
import { validateOfferDraft, type OfferDraft } from '../forms/offer-draft';
import { checkedOffer, shownError } from '../forms/offer-form-rules';

export interface OfferFormOptions {
  readonly book: PriceBook;
  /** Index in the book's offers of the offer being edited; null for a new or a disabled offer. */
  readonly editing: number | null;
  readonly initial: OfferDraft;
  readonly fractionDigits: number;
  readonly format: (minor: number) => string;
  readonly today: string;
  readonly onSave: (offer: Offer, disabled: boolean) => Promise<void>;
  readonly startDisabled: boolean;
}

/** The offer form's state: the draft as typed, which problems show, the warnings, and the save. */
export function useOfferForm({ book, editing, initial, fractionDigits, format, today, onSave, startDisabled }: OfferFormOptions) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [disabled, setDisabled] = useState(startDisabled);
  const [saving, setSaving] = useState(false);
  const problems = useMemo(() => validateOfferDraft(book, editing, draft, fractionDigits), [book, editing, draft, fractionDigits]);
  const candidate = useMemo(() => checkedOffer(book, editing, draft, fractionDigits), [book, editing, draft, fractionDigits]);
  const warnings = candidate === undefined ? [] : offerWarnings(book, candidate, today, format);
  /** The prefix of the form's suggestion lists' ids (`<listId>-skus`, `<listId>-categories`). */
  const listId = useId();

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

  return {
    book,
    draft,
    fractionDigits,
    listId,
    problems,
    tried,
    warnings,
    disabled,
    saving,
    set: (patch: Partial<OfferDraft>) => setDraft((d) => ({ ...d, ...patch })),
    error: (field: string) => shownError(problems, field, tried, touched),
    leave: (field: string) => () => setTouched((t) => new Set(t).add(field)),
    setDisabled,
    submit,
  };
}

/** The offer form as its parts see it. */
export type OfferFormModel = ReturnType<typeof useOfferForm>;
