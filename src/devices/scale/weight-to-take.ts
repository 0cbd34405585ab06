import type { ScaleReading } from './toledo-frame';

/** What the till may do with the scale's latest reading when a weighed product is chosen. */
export type WeightToTake = { readonly ok: true; readonly grams: number } | { readonly ok: false; readonly message: string };

/**
 * Decides whether the latest reading can go on the sale: only a steady weight above zero can.
 * An unstable, negative or over-capacity weight is refused with the scale's message; no reading
 * yet, or an empty platter, with one of their own. The cashier can always type the weight instead.
 */
export function weightToTake(reading: ScaleReading | undefined): WeightToTake {
  if (reading === undefined) return { ok: false, message: 'No weight from the scale yet: check it is on and paired' };
  if (!reading.ok) return { ok: false, message: reading.message };
  if (reading.grams === 0) return { ok: false, message: 'Nothing on the scale: put the item on the platter' };
  return { ok: true, grams: reading.grams };
}
