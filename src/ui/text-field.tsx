import { useId, type ComponentProps, type ReactNode } from 'react';

export interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id' | 'children'> {
  readonly label: string;
  /** The problem with what was typed, shown beside the field and announced with it. */
  readonly error?: string | undefined;
  /** A short help text under the field. */
  readonly hint?: ReactNode;
  /** Something after the input (a unit such as "per kg"). */
  readonly suffix?: ReactNode;
}

/** A labelled input with its problem beside it: the input is marked invalid and described by the message. */
export function TextField({ label, error, hint, suffix, className = '', ...input }: TextFieldProps) {
  const id = useId();
  const describedBy = [error === undefined ? undefined : `${id}-error`, hint === undefined ? undefined : `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold text-ink-800">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={describedBy}
          className="min-h-12 w-full min-w-0 rounded-xl bg-white px-3 text-base text-ink-900 ring-1 ring-inset ring-ink-300 aria-invalid:ring-2 aria-invalid:ring-danger-600"
          {...input}
        />
        {suffix}
      </div>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="text-sm text-ink-500">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      )}
    </div>
  );
}
