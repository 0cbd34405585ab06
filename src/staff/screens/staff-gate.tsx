import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Banner } from '../../ui/banner';
import type { Takeover } from '../../ui/takeover';
import { DEFAULT_IDLE_MINUTES } from '../idle-lock';
import { toOperator, useOperator, useOperatorActions, useTillLocked } from '../operator-store';
import { tillStaff } from '../staff-loader';
import { takeoverOf } from '../staff-rules';
import { staffChanged, staffQueries } from '../staff-queries';
import { useIdleLock } from '../use-idle-lock';
import { FirstManagerScreen } from './first-manager-screen';
import { SignInScreen } from './sign-in-screen';

export interface StaffGateProps {
  /** Whether a store with no staff gets the demo staff (see `demo-staff.ts`). */
  readonly seedDemo: boolean;
  /** Whether a sale is in progress: then a locked till unlocks only for its own operator, or a supervisor or manager who takes it over. */
  readonly saleInProgress: boolean;
  /**
   * Keeps a takeover with the sale in progress (`takeoverOf`): the new operator is signed in only
   * once it resolves, so the sale never changes hands unrecorded. Without it nothing is kept.
   */
  readonly onTakeover?: (takeover: Takeover) => Promise<void>;
  /**
   * Who held the sale in progress as it was last saved: after a reload (nobody signed in) the sign-in
   * screen treats them as the lock screen treats whoever locked it. Unknown: anyone may sign in.
   */
  readonly saleHolder?: { readonly id: string; readonly name: string };
  readonly nav?: ReactNode;
  readonly children: ReactNode;
}

/**
 * Shows its children only to a signed-in operator: first start creates the first manager, then
 * sign-in, and the lock screen after the idle time or Ctrl+L.
 */
export function StaffGate({ seedDemo, saleInProgress, onTakeover, saleHolder, nav, children }: StaffGateProps) {
  const client = useQueryClient();
  const operator = useOperator();
  const locked = useTillLocked();
  const signedIn = operator !== null && !locked;
  // The staff list is needed only to sign someone in, and read afresh each time: an operator
  // disabled (in the back office of another tab) while this one was signed in is not offered.
  const members = useQuery({ ...staffQueries.members(seedDemo), enabled: !signedIn, staleTime: 0 });
  const idle = useQuery(staffQueries.idleMinutes());
  const actions = useOperatorActions();
  useIdleLock(signedIn, idle.data ?? DEFAULT_IDLE_MINUTES, actions.locked);

  if (signedIn) return children;
  if (members.isError) {
    return (
      <Banner tone="warning" title="Nobody can sign in">
        {members.error.message}
      </Banner>
    );
  }
  if (members.data === undefined) return <p className="p-8 text-lg text-ink-600">Loading the staff…</p>;
  if (members.data.length === 0) {
    return (
      <FirstManagerScreen
        create={async (name, pin) => (await tillStaff()).addFirstManager(name, pin)}
        onCreated={(manager) => {
          actions.signedIn(toOperator(manager));
          void staffChanged(client);
        }}
      />
    );
  }
  return (
      <SignInScreen
        members={members.data}
        check={async (id, pin) => {
          const result = await (await tillStaff()).checkPin(id, pin, Date.now());
          // Refused ("Alex is disabled."): the list may be out of date, so it is read again.
          if (!result.ok) void members.refetch();
          return result;
        }}
        onSignedIn={async (member) => {
          // Whose sale it is: whoever locked the till, or (signing in after a reload) whoever held it on disk.
          const holder = locked ? (operator ?? undefined) : saleHolder;
          const takeover = holder === undefined ? undefined : takeoverOf(holder, member, saleInProgress, new Date().toISOString());
          if (takeover !== undefined) await onTakeover?.(takeover);
          actions.signedIn(toOperator(member));
        }}
        lockedFor={locked ? (operator ?? undefined) : undefined}
        {...(!locked && saleInProgress && saleHolder !== undefined ? { heldBy: saleHolder } : {})}
        takeOverAllowed={!saleInProgress}
        nav={nav}
      />
  );
}
