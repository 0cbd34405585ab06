import { useState } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { PinEntry } from '../../ui/pin-entry';
import { newPinProblem } from '../pin-rules';
import type { StaffMember } from '../staff-member';
import { tillStaff } from '../staff-loader';

/** A manager sets a new PIN for an operator (who forgot theirs, or was locked out). */
export function RePinForm({ member, onSaved, onClose }: { readonly member: StaffMember; readonly onSaved: (message: string) => void; readonly onClose: () => void }) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  return (
    <Dialog title={`New PIN for ${member.name}`} onClose={onClose} size="sm" closeLabel="Cancel">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const problem = newPinProblem(pin, again);
          setError(problem);
          if (problem !== undefined) return;
          void tillStaff()
            .then((staff) => staff.setPin(member.id, pin))
            .then((result) => (result.ok ? onSaved(`${member.name} has a new PIN.`) : setError(result.message)));
        }}
      >
        <PinEntry label="New PIN" value={pin} onChange={setPin} autoFocus />
        <PinEntry label="New PIN again" value={again} onChange={setAgain} error={error} />
        <Button variant="primary" type="submit">
          Save PIN
        </Button>
      </form>
    </Dialog>
  );
}
