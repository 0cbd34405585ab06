import type { ReactNode } from 'react';
import type { Operator } from '../operator-store';
import type { StaffResult } from '../staff-db';
import type { StaffMember } from '../staff-member';
import { activeMembers, unlockMembers } from '../staff-rules';
import { SignInForm } from './sign-in-form';
import { AppHeader } from '../../ui/app-header';

export interface SignInScreenProps {
  readonly members: readonly StaffMember[];
  readonly check: (id: string, pin: string) => Promise<StaffResult<StaffMember>>;
  readonly onSignedIn: (member: StaffMember) => void | Promise<void>;
  /** When the till is locked: who was signed in. */
  readonly lockedFor?: Operator | undefined;
  /** While locked: whether any operator may take over (between sales); mid-sale only a supervisor or manager may. */
  readonly takeOverAllowed?: boolean;
  /**
   * Not locked (after a reload), with a sale on the till: who held it. Offered as the lock screen
   * offers whoever locked it: they carry on, or a supervisor or manager takes the sale over.
   */
  readonly heldBy?: { readonly id: string; readonly name: string } | undefined;
  readonly nav?: ReactNode;
}

/**
 * The screen before the till takes a sale: choose an operator, enter the PIN. Locked, it is the lock
 * screen: the operator's own PIN unlocks; between sales another operator may take over, mid-sale a
 * supervisor or manager (`unlockMembers`): the only way on when the operator has been disabled.
 * Signing in after a reload with a sale on the till (`heldBy`), the same holds for whoever held it.
 */
export function SignInScreen({ members, check, onSignedIn, lockedFor, takeOverAllowed = true, heldBy, nav }: SignInScreenProps) {
  const title = lockedFor === undefined ? 'Sign in' : 'Till locked';
  const owner = lockedFor ?? heldBy;
  const offered = owner === undefined ? activeMembers(members) : unlockMembers(members, { operatorId: owner.id, saleInProgress: lockedFor === undefined || !takeOverAllowed });
  const ownerOffered = owner !== undefined && offered.some((m) => m.id === owner.id);
  return (
    <main className="grid min-h-dvh grid-rows-[auto_1fr] bg-ink-100">
      <AppHeader nav={nav} />
      <section aria-labelledby="sign-in-title" className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-2xl bg-white p-6 shadow-xl">
        <h1 id="sign-in-title" className="mb-1 text-2xl font-semibold tracking-tight">
          {title}
        </h1>
        <p className="mb-4 text-ink-600">{lockedFor === undefined && heldBy !== undefined ? heldNote(heldBy, ownerOffered) : lockNote(lockedFor, takeOverAllowed, ownerOffered)}</p>
        <SignInForm
          // A new list (the operator disabled meanwhile) starts the form afresh.
          key={offered.map((m) => m.id).join(',')}
          members={offered}
          initial={ownerOffered ? owner.id : ''}
          check={check}
          onSignedIn={onSignedIn}
          submitLabel={lockedFor === undefined ? 'Sign in' : 'Unlock'}
        />
      </section>
    </main>
  );
}

/** What the sign-in screen says when a sale someone was serving is on the till (after a reload). */
function heldNote(heldBy: { readonly name: string }, ownerOffered: boolean): string {
  if (!ownerOffered) return `${heldBy.name} was serving the sale on the till and can no longer sign in: a supervisor or manager takes the sale over.`;
  return `${heldBy.name} was serving the sale on the till: their PIN carries on with it, or a supervisor or manager takes the sale over.`;
}

/** What the screen says under its title. */
function lockNote(lockedFor: Operator | undefined, takeOverAllowed: boolean, ownerOffered: boolean): string {
  if (lockedFor === undefined) return 'Choose who you are and enter your PIN.';
  if (takeOverAllowed) return `${lockedFor.name} locked the till. Their PIN unlocks it, or another operator signs in.`;
  if (!ownerOffered) return `${lockedFor.name} locked the till during a sale and can no longer sign in: a supervisor or manager takes the sale over.`;
  return `${lockedFor.name} locked the till during a sale: their PIN unlocks it, or a supervisor or manager takes the sale over.`;
}
