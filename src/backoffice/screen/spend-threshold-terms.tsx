import { BASES, type Basis } from '../forms/offer-draft';
import { DraftMoney, DraftTargets, DraftWhole } from './offer-fields';
import type { OfferFormModel } from './use-offer-form';

const BASIS_NAMES: Record<Basis, string> = {
  'before-offers': 'Full prices of the eligible items',
  'after-offers': 'What the eligible items cost after item offers',
  'full-price-only': 'Only eligible items in no other offer',
};

/** A spend threshold's terms: the spend, money or percent off, how the spend is measured, exclusive or not. */
export function SpendThresholdTerms({ form }: { readonly form: OfferFormModel }) {
  const { draft, set } = form;
  return (
    <>
      <DraftMoney form={form} field="threshold" label="Spend at least" />
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
      {draft.reward === 'amount' ? <DraftMoney form={form} field="amount" label="Money off the basket" /> : <DraftWhole form={form} field="percent" label="Percent of the measured spend" />}
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
      <DraftTargets form={form} />
      <p className="text-sm text-ink-500 sm:col-span-2">With no products or categories, the whole basket counts.</p>
    </>
  );
}
