import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { idleMinutesProblem } from '../idle-lock';
import { tillStaff } from '../staff-loader';
import { staffQueries } from '../staff-queries';

/** How many idle minutes lock the till (the manager's setting). */
export function IdleMinutesForm({ onSaved }: { readonly onSaved: (minutes: number) => void }) {
  const stored = useQuery(staffQueries.idleMinutes());
  const [typed, setTyped] = useState<string>();
  const [error, setError] = useState<string>();
  const text = typed ?? (stored.data === undefined ? '' : String(stored.data));
  return (
    <form
      aria-label="Idle lock"
      className="flex max-w-md items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const problem = idleMinutesProblem(text);
        setError(problem);
        if (problem !== undefined) return;
        const minutes = Number(text.trim());
        void tillStaff()
          .then((staff) => staff.setIdleMinutes(minutes))
          .then(() => {
            setTyped(undefined);
            onSaved(minutes);
          });
      }}
    >
      <TextField label="Lock after idle minutes" inputMode="numeric" value={text} onChange={(event) => setTyped(event.target.value)} error={error} />
      <Button type="submit">Save idle time</Button>
    </form>
  );
}
