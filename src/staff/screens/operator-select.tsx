import { useId } from 'react';
import { roleLabel, type StaffMember } from '../staff-member';

export interface OperatorSelectProps {
  readonly label: string;
  readonly members: readonly Pick<StaffMember, 'id' | 'name' | 'role'>[];
  /** The chosen operator's id ('' for none yet). */
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly disabled?: boolean;
}

/**
 * Chooses an operator. Each option's value is the operator id, so a script or a keyboard can pick by
 * id (`selectOption('3')`) as well as by the shown name ("Alex (cashier)").
 */
export function OperatorSelect({ label, members, value, onChange, disabled = false }: OperatorSelectProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-ink-800">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        className="min-h-14 rounded-xl bg-white px-3 text-lg text-ink-900 ring-1 ring-inset ring-ink-300 disabled:bg-ink-100"
      >
        <option value="" disabled>
          Choose…
        </option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {`${member.name} (${roleLabel(member.role).toLowerCase()})`}
          </option>
        ))}
      </select>
    </div>
  );
}
