import { type FormEvent, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { PeriodFields, type Period } from './period-fields';

/** A set with `id` added when it was missing, taken out when it was there. */
export function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** One checkbox of a what-if's choices (an offer, a store). */
export function WhatIfChoice({ checked, onToggle, children }: { readonly checked: boolean; readonly onToggle: () => void; readonly children: ReactNode }) {
  return (
    <label className="flex min-h-12 items-center gap-3 rounded-xl px-3 has-checked:bg-brand-50">
      <input type="checkbox" checked={checked} onChange={onToggle} className="size-5 shrink-0 accent-brand-700" />
      {children}
    </label>
  );
}

export interface WhatIfFormProps {
  /** The fieldset's legend: what the choices are. */
  readonly legend: string;
  /** The choices, each a {@link WhatIfChoice}. */
  readonly children: ReactNode;
  readonly period: Period;
  readonly submitLabel: string;
  /** The submit button is off (a run on its way, nothing chosen). */
  readonly disabled: boolean;
  /** Called on submit when the period can be asked for. */
  readonly onRun: () => void;
}

/**
 * The what-if's question, the same at a till's back office and at head office: what to price with
 * (offers, stores), over which days, and the button that runs it.
 */
export function WhatIfForm({ legend, children, period, submitLabel, disabled, onRun }: WhatIfFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (period.problem === undefined && !disabled) onRun();
  };
  return (
    <form onSubmit={submit} className="grid gap-5 rounded-2xl bg-white p-5 ring-1 ring-ink-200 lg:grid-cols-[1fr_18rem]">
      <fieldset>
        <legend className="mb-2 font-semibold text-ink-800">{legend}</legend>
        <div className="grid max-h-80 gap-1 overflow-y-auto sm:grid-cols-2">{children}</div>
      </fieldset>
      <div className="flex flex-col gap-3">
        <PeriodFields period={period} />
        <Button type="submit" variant="primary" disabled={disabled}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** The what-if's heading and what it does, in a sentence. */
export function WhatIfHeading({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  return (
    <div>
      <h2 id={id} className="text-2xl font-semibold text-ink-900">
        What if
      </h2>
      <p className="text-ink-600">{children}</p>
    </div>
  );
}
