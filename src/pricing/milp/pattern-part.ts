import type { PricingModel } from '../model';
import { applicationSaving, type Application } from '../solution';
import type { LpColumn, Term } from './lp-text';
import { addUse, takeUnits, wholeValue, type OfferPart } from './offer-part';
import { leastEligibleShare, type MilpPattern } from './patterns';

/** The column counting applications of pattern `p` (numbered across the programme). */
export const patternColumn = (p: number): string => `n${p}`;

/**
 * An offer stated by its patterns ({@link offerPatterns}): `n_p` ≥ 0, whole, applications of
 * pattern p, at most as many as its classes' units and its offer's limit allow. Exact for any
 * kind, as each pattern is a filling the strategy priced; its columns are numbered from `first`.
 */
export function patternPart(model: PricingModel, offer: number, patterns: readonly MilpPattern[], first: number): OfferPart {
  const active = model.offers[offer]!;
  const columns: LpColumn[] = [];
  const saving: Term[] = [];
  const applications: Term[] = [];
  const uses = new Map<number, Term[]>();
  patterns.forEach((p, i) => {
    const column = patternColumn(first + i);
    let fits = active.limit;
    for (const [c, units] of p.uses) fits = Math.min(fits, Math.floor(model.classes[c]!.units.length / units));
    columns.push({ name: column, lower: 0, upper: fits, kind: 'integer' });
    saving.push([p.saving, column]);
    applications.push([1, column]);
  });
  // Unit terms class by class, each class's in pattern order (the order the programme was first written in).
  patterns.forEach((p, i) => {
    for (const [c, units] of p.uses) addUse(uses, c, [units, patternColumn(first + i)]);
  });
  return {
    offers: [offer],
    columns,
    rows: [],
    saving,
    applications,
    uses,
    loss: (t, basis) =>
      patterns.flatMap((p, i): Term[] => {
        let loss = 0;
        if (basis === 'after-offers') loss = leastEligibleShare(model, p, t.eligible);
        else for (const [c, units] of p.uses) if (t.eligible.has(c)) loss += model.classes[c]!.price * units;
        return loss === 0 ? [] : [[loss, patternColumn(first + i)]];
      }),
    read: (value, left) => {
      const read: Application[] = [];
      for (let i = 0; i < patterns.length; i++) {
        const count = wholeValue(value, patternColumn(first + i));
        if (count === undefined) return undefined;
        for (let k = 0; k < count; k++) {
          const units: number[][] = [];
          for (const slot of patterns[i]!.slots) {
            const ids: number[] = [];
            for (const c of slot) {
              const taken = takeUnits(left, c, 1);
              if (taken === undefined) return undefined;
              ids.push(...taken);
            }
            units.push(ids.sort((a, b) => a - b));
          }
          read.push({ offer, units, saving: applicationSaving(model, offer, units) });
        }
      }
      return read;
    },
  };
}
