import { useState } from 'react';
import { Button } from '../../ui/button';
import { PinEntry } from '../../ui/pin-entry';
import { TextField } from '../../ui/text-field';
import { newPinProblem } from '../pin-rules';
import type { StaffResult } from '../staff-db';
import type { StaffMember } from '../staff-member';
import { nameProblem } from '../staff-rules';

export interface FirstManagerScreenProps {
  readonly create: (name: string, pin: string) => Promise<StaffResult<StaffMember>>;
  readonly onCreated: (manager: StaffMember) => void;
}

/** A store with no staff yet: its first manager gives a name and a PIN (twice), and is signed in. */
export function FirstManagerScreen({ create, onCreated }: FirstManagerScreenProps) {
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ name?: string | undefined; pin?: string | undefined }>({});
  const [busy, setBusy] = useState(false);
  return (
    <main className="grid min-h-dvh place-items-center bg-ink-100">
      <section aria-labelledby="first-manager-title" className="w-[min(30rem,calc(100vw-2rem))] rounded-2xl bg-white p-6 shadow-xl">
        <h1 id="first-manager-title" className="mb-1 text-2xl font-semibold tracking-tight">
          Create the first manager
        </h1>
        <p className="mb-4 text-ink-600">This till has no staff yet. The first manager adds everyone else in the back office.</p>
        <form
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            const found = { name: nameProblem(name), pin: newPinProblem(pin, again) };
            setErrors(found);
            if (found.name !== undefined || found.pin !== undefined || busy) return;
            setBusy(true);
            void create(name, pin)
              .then((result) => (result.ok ? onCreated(result.value) : setErrors({ pin: result.message })))
              .finally(() => setBusy(false));
          }}
        >
          <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} autoComplete="off" />
          <PinEntry label="PIN" value={pin} onChange={setPin} />
          <PinEntry label="PIN again" value={again} onChange={setAgain} error={errors.pin} />
          <Button size="xl" variant="primary" type="submit" disabled={busy}>
            Create manager
          </Button>
        </form>
      </section>
    </main>
  );
}
