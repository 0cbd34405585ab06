/** What an operator may do: each role can do everything the roles before it can. */
export const ROLES = ['cashier', 'supervisor', 'manager'] as const;

/** An operator's role. */
export type Role = (typeof ROLES)[number];

/** A PIN as stored: only a salted slow hash, never the PIN (see `pin-hash.ts`). */
export interface PinHash {
  /** PBKDF2-SHA-256 of the PIN, 32 bytes, base64. */
  readonly pinHash: string;
  /** 16 random bytes, base64, made when the PIN was set. */
  readonly salt: string;
  /** PBKDF2 iterations used for this hash (at least `MIN_PIN_ITERATIONS`). */
  readonly iterations: number;
}

/** One member of the store's staff. */
export interface StaffMember extends PinHash {
  /** The operator id typed at sign-in: short digits ("1", "2", …), unique on this till. */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** A disabled operator cannot sign in or approve; kept so the journal's names still resolve. */
  readonly disabled: boolean;
}

/** The rank of a role: a higher rank can do everything a lower one can. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** A role's name as the screen shows it ("Supervisor"). */
export function roleLabel(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
