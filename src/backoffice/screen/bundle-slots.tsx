import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { withNewSlot, withoutSlot, withSlot } from '../forms/offer-form-rules';
import type { OfferFormModel } from './use-offer-form';

/** A bundle's slots: each a set of products or categories and how many of them; at least one. */
export function BundleSlots({ form }: { readonly form: OfferFormModel }) {
  const { draft, set, leave, error, listId } = form;
  return (
    <div className="sm:col-span-2 flex flex-col gap-3">
      {draft.slots.map((slot, i) => (
        <fieldset key={i} className="grid gap-3 rounded-xl bg-white p-3 ring-1 ring-inset ring-ink-200 sm:grid-cols-[1fr_1fr_7rem_auto]">
          <legend className="px-1 text-sm font-semibold text-ink-800">Slot {i + 1}</legend>
          <TextField label={`Slot ${i + 1} products`} value={slot.products} list={`${listId}-skus`} autoComplete="off" onChange={(e) => set(withSlot(draft, i, { products: e.target.value }))} onBlur={leave(`slots.${i}.products`)} error={error(`slots.${i}.products`) ?? error(`slots.${i}`)} />
          <TextField label={`Slot ${i + 1} categories`} value={slot.categories} list={`${listId}-categories`} autoComplete="off" onChange={(e) => set(withSlot(draft, i, { categories: e.target.value }))} onBlur={leave(`slots.${i}.categories`)} error={error(`slots.${i}.categories`)} />
          <TextField label={`Slot ${i + 1} quantity`} value={slot.quantity} inputMode="numeric" onChange={(e) => set(withSlot(draft, i, { quantity: e.target.value }))} onBlur={leave(`slots.${i}.quantity`)} error={error(`slots.${i}.quantity`)} />
          <Button variant="quiet" className="self-end" disabled={draft.slots.length <= 1} onClick={() => set(withoutSlot(draft, i))}>
            Remove slot {i + 1}
          </Button>
        </fieldset>
      ))}
      <Button className="self-start" onClick={() => set(withNewSlot(draft))}>
        Add a slot
      </Button>
      {error('slots') !== undefined && <p className="text-sm font-medium text-danger-700">{error('slots')}</p>}
    </div>
  );
}
