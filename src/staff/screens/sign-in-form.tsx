import { useState } from 'react';
import { Button } from '../../ui/button';
import { PinEntry } from '../../ui/pin-entry';
import type { StaffResult } from '../staff-db';
import type { StaffMember } from '../staff-member';
import { OperatorSelect } from './operator-select';

export interface SignInFormProps {
  /** Operators who may sign in here. */
  readonly members: readonly StaffMember[];
  /** Checks an operator's PIN (counting wrong ones). */
  readonly check: (id: string, pin: string) => Promise<StaffResult<StaffMember>>;
  /** The PIN was right; a promise that rejects (what the sign-in had to record could not be) is shown as the form's error. */
  readonly onSignedIn: (member: StaffMember) => void | Promise<void>;
  /** The operator chosen at first ('' for none). */
  readonly initial?: string;
  /** Label of the operator choice and of the submit button. */
  readonly operatorLabel?: string;
  readonly submitLabel?: string;
}

/** Operator and PIN on a numpad; the PIN is cleared after every try. */
export function SignInForm({ members, check, onSignedIn, initial = '', operatorLabel = 'Operator', submitLabel = 'Sign in' }: SignInFormProps) {
  const [operator, setOperator] = useState(initial !== '' ? initial : members.length === 1 ? (members[0]?.id ?? '') : '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        if (operator === '') return setError('Choose an operator first.');
        setBusy(true);
        void check(operator, pin)
          .then((result) => {
            setPin('');
            if (!result.ok) return setError(result.message);
            return onSignedIn(result.value);
          })
          .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : 'The PIN could not be checked.'))
          .finally(() => setBusy(false));
      }}
    >
      <OperatorSelect
        label={operatorLabel}
        members={members}
        value={operator}
        onChange={(id) => {
          setOperator(id);
          setError(undefined);
        }}
      />
      <PinEntry label="PIN" value={pin} onChange={setPin} error={error} autoFocus={operator !== ''} />
      <Button size="xl" variant="primary" type="submit" disabled={busy || pin.length < 4}>
        {busy ? 'Checking…' : submitLabel}
      </Button>
    </form>
  );
}
