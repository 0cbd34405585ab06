import { Dialog } from '../../ui/dialog';
import { ACTION_LABELS, type Action } from '../permissions';
import type { StaffResult } from '../staff-db';
import type { StaffMember } from '../staff-member';
import { activeMembers } from '../staff-rules';
import { SignInForm } from './sign-in-form';

export interface ApprovalDialogProps {
  readonly action: Action;
  /** What exactly is approved ("Refund £1.20 on receipt 7"). */
  readonly detail?: string;
  readonly members: readonly StaffMember[];
  /** Checks the approver's PIN and that their role may approve `action`. */
  readonly approve: (id: string, pin: string, action: Action) => Promise<StaffResult<StaffMember>>;
  /** Called with the approver, who is recorded with what they approved. */
  readonly onApproved: (approver: StaffMember) => void;
  readonly onClose: () => void;
}

/**
 * "Supervisor approval": a supervisor or manager enters their PIN on the spot. Everyone who can sign
 * in is listed, so a cashier's PIN is refused in words ("A cashier cannot approve this.") rather
 * than the cashier being left to wonder why they are missing.
 */
export function ApprovalDialog({ action, detail, members, approve, onApproved, onClose }: ApprovalDialogProps) {
  return (
    <Dialog title="Supervisor approval" onClose={onClose} size="sm" closeLabel="Cancel approval">
      <p className="mb-4 text-ink-700">
        <span className="font-semibold">{ACTION_LABELS[action]}</span>
        {detail === undefined ? '' : `: ${detail}`} needs a supervisor or manager.
      </p>
      <SignInForm
        members={activeMembers(members)}
        operatorLabel="Approver"
        submitLabel="Approve"
        check={(id, pin) => approve(id, pin, action)}
        onSignedIn={onApproved}
      />
    </Dialog>
  );
}
