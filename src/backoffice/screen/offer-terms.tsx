import { BundleSlots } from './bundle-slots';
import { DraftMoney, DraftTargets, DraftWhole } from './offer-fields';
import { SpendThresholdTerms } from './spend-threshold-terms';
import type { OfferFormModel } from './use-offer-form';

/** The fields of the draft's kind. Switching kind keeps what was typed for the others. */
function KindTerms({ form }: { readonly form: OfferFormModel }) {
  switch (form.draft.kind) {
    case 'multi-buy':
      return (
        <>
          <DraftWhole form={form} field="quantity" label="Quantity" hint="Any mix of the eligible products" />
          <DraftMoney form={form} field="price" label="Price for them all" />
          <DraftTargets form={form} />
        </>
      );
    case 'bundle':
      return (
        <>
          <DraftMoney form={form} field="price" label="Bundle price" />
          <BundleSlots form={form} />
        </>
      );
    case 'cheapest-free':
      return (
        <>
          <DraftWhole form={form} field="buy" label="Buy" hint="How many eligible units make one deal" />
          <DraftWhole form={form} field="free" label="Free" hint="How many of them, the cheapest, cost nothing" />
          <DraftTargets form={form} />
        </>
      );
    case 'percent-off':
      return (
        <>
          <DraftWhole form={form} field="percent" label="Percent off each unit" hint="Of each eligible unit or weighed line, 1 to 100" />
          <div />
          <DraftTargets form={form} />
        </>
      );
    case 'amount-off':
      return (
        <>
          <DraftMoney form={form} field="amount" label="Amount off each unit" />
          <div />
          <DraftTargets form={form} />
        </>
      );
    case 'spend-threshold':
      return <SpendThresholdTerms form={form} />;
  }
}

/** The offer's terms, per kind. */
export function OfferTerms({ form }: { readonly form: OfferFormModel }) {
  return (
    <section aria-label="Terms" className="grid gap-4 rounded-2xl bg-ink-50 p-4 sm:grid-cols-2">
      <KindTerms form={form} />
    </section>
  );
}
