import type { ComponentProps } from 'react';
import { TextField } from '../../ui/text-field';
import type { OfferDraft } from '../forms/offer-draft';
import type { OfferFormModel } from './use-offer-form';

type TextFieldName = { [K in keyof OfferDraft]: OfferDraft[K] extends string ? K : never }[keyof OfferDraft];
// `form` is the offer form's model here, not the input's `form` attribute.
type Extra = Omit<Partial<ComponentProps<typeof TextField>>, 'form' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error'>;

export interface DraftFieldProps<F extends TextFieldName> {
  readonly form: OfferFormModel;
  readonly field: F;
  readonly label: string;
  readonly hint?: string;
}

/** One text field of the draft, its problem beside it once left. */
export function DraftText({ form, field, label, ...extra }: DraftFieldProps<TextFieldName> & Extra) {
  return <TextField label={label} value={form.draft[field]} onChange={(e) => form.set({ [field]: e.target.value })} onBlur={form.leave(field)} error={form.error(field)} {...extra} />;
}

/** An amount in the currency's major unit ("1.30"). */
export function DraftMoney({ form, field, label }: DraftFieldProps<'price' | 'amount' | 'threshold'>) {
  return <DraftText form={form} field={field} label={label} inputMode="decimal" placeholder={(0).toFixed(form.fractionDigits)} />;
}

/** A whole number (a count, a percent, a priority). */
export function DraftWhole({ form, field, label, hint }: DraftFieldProps<'quantity' | 'buy' | 'free' | 'percent' | 'limit' | 'priority'>) {
  return <DraftText form={form} field={field} label={label} inputMode="numeric" {...(hint === undefined ? {} : { hint })} />;
}

/** The products and categories an offer counts, suggested from the book. */
export function DraftTargets({ form }: { readonly form: OfferFormModel }) {
  return (
    <>
      <DraftText form={form} field="products" label="Products (SKUs)" hint="Separate SKUs with commas" list={`${form.listId}-skus`} autoComplete="off" />
      <DraftText form={form} field="categories" label="Categories" hint="Separate categories with commas" list={`${form.listId}-categories`} autoComplete="off" />
    </>
  );
}
