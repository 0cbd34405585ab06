import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../ui/button';
import { PinEntry } from '../../ui/pin-entry';
import { TextField } from '../../ui/text-field';
import { newPinProblem } from '../pin-rules';
import { ROLES, roleLabel, type Role, type StaffMember } from '../staff-member';
import { tillStaff } from '../staff-loader';
import { staffChanged, staffQueries } from '../staff-queries';
import { nameProblem } from '../staff-rules';
import { IdleMinutesForm } from './idle-minutes-form';
import { RePinForm } from './re-pin-form';

/** The back office's Staff tab (managers only): add, disable, re-PIN staff; the idle lock time. */
export function StaffPanel() {
  const client = useQueryClient();
  const members = useQuery(staffQueries.members(false));
  const [status, setStatus] = useState<string>();
  const [rePin, setRePin] = useState<StaffMember>();
  const done = (message: string) => {
    setStatus(message);
    void staffChanged(client);
  };
  return (
    <div className="flex flex-col gap-6">
      {status !== undefined && (
        <p role="status" className="rounded-xl bg-hint-50 px-4 py-2 text-hint-800">
          {status}
        </p>
      )}
      <table className="w-full text-left" aria-label="Staff">
        <thead>
          <tr className="border-b border-ink-200 text-sm text-ink-600">
            <th className="py-2">Id</th>
            <th>Name</th>
            <th>Role</th>
            <th>Status</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(members.data ?? []).map((member) => (
            <tr key={member.id} className="border-b border-ink-100">
              <td className="py-2 tabular-nums">{member.id}</td>
              <td>{member.name}</td>
              <td>{roleLabel(member.role)}</td>
              <td>{member.disabled ? 'Disabled' : 'Active'}</td>
              <td className="flex justify-end gap-2 py-1">
                <Button onClick={() => setRePin(member)}>{`New PIN for ${member.name}`}</Button>
                <Button
                  variant={member.disabled ? 'secondary' : 'danger'}
                  onClick={() =>
                    void tillStaff()
                      .then((staff) => staff.setDisabled(member.id, !member.disabled))
                      .then((result) => done(result.ok ? `${member.name} is ${result.value.disabled ? 'disabled' : 'enabled again'}.` : result.message))
                  }
                >
                  {`${member.disabled ? 'Enable' : 'Disable'} ${member.name}`}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rePin !== undefined && (
        <RePinForm
          member={rePin}
          onClose={() => setRePin(undefined)}
          onSaved={(message) => {
            setRePin(undefined);
            done(message);
          }}
        />
      )}
      <AddMemberForm onAdded={(member) => done(`Added ${member.name} (${member.role}) as operator ${member.id}.`)} />
      <IdleMinutesForm onSaved={(minutes) => done(`The till now locks after ${minutes} idle minute${minutes === 1 ? '' : 's'}.`)} />
    </div>
  );
}

function AddMemberForm({ onAdded }: { readonly onAdded: (member: StaffMember) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('cashier');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ name?: string | undefined; pin?: string | undefined }>({});
  return (
    <form
      aria-label="Add an operator"
      className="grid max-w-md gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const found = { name: nameProblem(name), pin: newPinProblem(pin, again) };
        setErrors(found);
        if (found.name !== undefined || found.pin !== undefined) return;
        void tillStaff()
          .then((staff) => staff.add({ name, role, pin }))
          .then((result) => {
            if (!result.ok) return setErrors({ pin: result.message });
            setName('');
            setPin('');
            setAgain('');
            onAdded(result.value);
          });
      }}
    >
      <h3 className="text-lg font-semibold">Add an operator</h3>
      <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} autoComplete="off" />
      <label className="flex flex-col gap-1 text-sm font-semibold text-ink-800">
        Role
        <select value={role} onChange={(event) => setRole(event.target.value as Role)} className="min-h-12 rounded-xl bg-white px-3 text-base font-normal ring-1 ring-inset ring-ink-300">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <PinEntry label="PIN" value={pin} onChange={setPin} />
      <PinEntry label="PIN again" value={again} onChange={setAgain} error={errors.pin} />
      <Button variant="primary" type="submit">
        Add operator
      </Button>
    </form>
  );
}
