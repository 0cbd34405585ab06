import type { ReactNode } from 'react';
import type { Operator } from '../operator-store';
import type { StaffResult } from '../staff-db';
import type { StaffMember } from '../staff-member';
import { activeMembers } from '../staff-rules';
import { SignInForm } from './sign-in-form';
import { AppHeader } from '../../ui/app-header';

export interface SignInScreenProps {
  readonly members: readonly StaffMember[];
  readonly check: (id: string, pin: string) => Promise<StaffResult<StaffMember>>;
  readonly onSignedIn: (member: StaffMember) => void;
  /** When the till is locked: who was signed in. */
  readonly lockedFor?: Operator | undefined;
  /** While locked: whether another operator may take over (only between sales). */
  readonly takeOverAllowed?: boolean;
  readonly nav?: ReactNode;
}

/**
 * The screen before the till takes a sale: choose an operator, enter the PIN. Locked, it is the lock
 * screen: the operator's own PIN unlocks and, between sales, another operator may take over.
 */
export function SignInScreen({ members, check, onSignedIn, lockedFor, takeOverAllowed = true, nav }: SignInScreenProps) {
  const title = lockedFor === undefined ? 'Sign in' : 'Till locked';
  return (
    <main className="grid min-h-dvh grid-rows-[auto_1fr] bg-ink-100">
      <AppHeader nav={nav} />
      <section aria-labelledby="sign-in-title" className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-2xl bg-white p-6 shadow-xl">
        <h1 id="sign-in-title" className="mb-1 text-2xl font-semibold tracking-tight">
          {title}
        </h1>
        <p className="mb-4 text-ink-600">
          {lockedFor === undefined
            ? 'Choose who you are and enter your PIN.'
            : takeOverAllowed
              ? `${lockedFor.name} locked the till. Their PIN unlocks it, or another operator signs in.`
              : `${lockedFor.name} locked the till during a sale: only their PIN unlocks it.`}
        </p>
        <SignInForm
          members={lockedFor !== undefined && !takeOverAllowed ? members.filter((m) => m.id === lockedFor.id) : activeMembers(members)}
          initial={lockedFor?.id ?? ''}
          fixed={lockedFor !== undefined && !takeOverAllowed}
          check={check}
          onSignedIn={onSignedIn}
          submitLabel={lockedFor === undefined ? 'Sign in' : 'Unlock'}
        />
      </section>
    </main>
  );
}
