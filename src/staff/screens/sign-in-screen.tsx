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
  readonly nav?: ReactNode;
}

/**
 * The screen before the till takes a sale: choose an operator, enter the PIN. Locked, it is the lock
 * screen: the operator's own PIN unlocks; between sales another operator may take over, mid-sale a
 * supervisor or manager (`unlockMembers`): the only way on when the operator has been disabled.
 */
export function SignInScreen({ members, check, onSignedIn, lockedFor, takeOverAllowed = true, nav }: SignInScreenProps) {
  const title = lockedFor === undefined ? 'Sign in' : 'Till locked';
  const offered = lockedFor === undefined ? activeMembers(members) : unlockMembers(members, { operatorId: lockedFor.id, saleInProgress: !takeOverAllowed });
  const ownerOffered = lockedFor !== undefined && offered.some((m) => m.id === lockedFor.id);
  return (
    <main className="grid min-h-dvh grid-rows-[auto_1fr] bg-ink-100">
      <AppHeader nav={nav} />
      <section aria-labelledby="sign-in-title" className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-2xl bg-white p-6 shadow-xl">
        <h1 id="sign-in-title" className="mb-1 text-2xl font-semibold tracking-tight">
          {title}
        </h1>
        <p className="mb-4 text-ink-600">{lockNote(lockedFor, takeOverAllowed, ownerOffered)}</p>
        <SignInForm
          // A new list (the operator disabled meanwhile) starts the form afresh.
          key={offered.map((m) => m.id).join(',')}
          members={offered}
          initial={ownerOffered ? lockedFor.id : ''}
          check={check}
          onSignedIn={onSignedIn}
          submitLabel={lockedFor === undefined ? 'Sign in' : 'Unlock'}
        />
      </section>
    </main>
  );
}

/** What the screen says under its title. */
function lockNote(lockedFor: Operator | undefined, takeOverAllowed: boolean, ownerOffered: boolean): string {
  if (lockedFor === undefined) return 'Choose who you are and enter your PIN.';
  if (takeOverAllowed) return `${lockedFor.name} locked the till. Their PIN unlocks it, or another operator signs in.`;
  if (!ownerOffered) return `${lockedFor.name} locked the till during a sale and can no longer sign in: a supervisor or manager takes the sale over.`;
  return `${lockedFor.name} locked the till during a sale: their PIN unlocks it, or a supervisor or manager takes the sale over.`;
}
