import { useQuery } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { currentOperator, toOperator, type Operator } from '../operator-store';
import { mayDo, type Action } from '../permissions';
import { tillStaff } from '../staff-loader';
import { staffQueries } from '../staff-queries';
import { ApprovalDialog } from './approval-dialog';

/**
 * An approval's outcome: go ahead (with the approver when one was asked for; none when the
 * operator's own role allows it), or not (cancelled, or nobody is signed in).
 */
export type Approval = { readonly ok: true; readonly approver?: Operator } | { readonly ok: false };

interface Pending {
  readonly action: Action;
  readonly detail: string | undefined;
  readonly resolve: (approval: Approval) => void;
}

/**
 * Asks for a supervisor's PIN where the signed-in operator's role is not enough. `ask` resolves at
 * once when no approval is needed; render `dialog` where the screen keeps its dialogs.
 */
export function useApproval(): { readonly ask: (action: Action, detail?: string) => Promise<Approval>; readonly dialog: ReactNode } {
  const [pending, setPending] = useState<Pending>();
  const members = useQuery({ ...staffQueries.members(false), enabled: pending !== undefined });
  const ask = useCallback((action: Action, detail?: string): Promise<Approval> => {
    const operator = currentOperator();
    if (operator !== null && mayDo(operator.role, action)) return Promise.resolve({ ok: true });
    return new Promise((resolve) => setPending({ action, detail, resolve }));
  }, []);
  const dialog =
    pending === undefined ? null : (
      <ApprovalDialog
        action={pending.action}
        {...(pending.detail === undefined ? {} : { detail: pending.detail })}
        members={members.data ?? []}
        approve={async (id, pin, action) => (await tillStaff()).approve(id, pin, action, Date.now())}
        onApproved={(approver) => {
          setPending(undefined);
          pending.resolve({ ok: true, approver: toOperator(approver) });
        }}
        onClose={() => {
          setPending(undefined);
          pending.resolve({ ok: false });
        }}
      />
    );
  return { ask, dialog };
}
