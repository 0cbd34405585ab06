/** The cashier's answer to "Is the customer {minimumAge} or over?", kept with the sale. */
export interface AgeCheck {
  /** The item that asked. */
  readonly sku: string;
  /** Years the customer had to be. */
  readonly minimumAge: number;
  readonly outcome: 'confirmed' | 'refused';
  /** When the cashier answered (ISO 8601 instant). */
  readonly at: string;
}

/** What an age-restricted item needs, given the sale's checks so far. */
export type AgeDecision =
  /** The customer was already confirmed at this age or above. */
  | { readonly kind: 'allowed' }
  /** The customer was already found under an age at or below this one: no need to ask, the answer is no. */
  | { readonly kind: 'refused'; readonly check: AgeCheck }
  /** Ask the cashier. */
  | { readonly kind: 'ask' };

/**
 * Decides whether an item for customers of `minimumAge` or over needs the cashier to check the
 * customer's age. Only the first such item of a sale asks: a confirmation covers every later item of
 * that age or below, and a refusal covers every later item of that age or above (a customer under
 * 18 is under 21 too). A higher age than any confirmed asks again.
 */
export function decideAge(checks: readonly AgeCheck[], minimumAge: number): AgeDecision {
  if (checks.some((check) => check.outcome === 'confirmed' && check.minimumAge >= minimumAge)) return { kind: 'allowed' };
  const refused = checks.find((check) => check.outcome === 'refused' && check.minimumAge <= minimumAge);
  return refused === undefined ? { kind: 'ask' } : { kind: 'refused', check: refused };
}

/** The Challenge 25 question the cashier answers. */
export const ageQuestion = (minimumAge: number): string => `Customer looks under 25? Ask for ID. Is the customer ${minimumAge} or over?`;

/** Reads stored age checks back, keeping only well-formed ones (storage is outside the program's control). */
export function sanitizeAgeChecks(stored: unknown): AgeCheck[] {
  if (!Array.isArray(stored)) return [];
  return (stored as unknown[]).flatMap((raw): AgeCheck[] => {
    if (typeof raw !== 'object' || raw === null) return [];
    const { sku, minimumAge, outcome, at } = raw as Record<string, unknown>;
    const valid =
      typeof sku === 'string' &&
      sku !== '' &&
      typeof minimumAge === 'number' &&
      Number.isSafeInteger(minimumAge) &&
      minimumAge > 0 &&
      (outcome === 'confirmed' || outcome === 'refused') &&
      typeof at === 'string';
    return valid ? [{ sku, minimumAge, outcome, at }] : [];
  });
}
