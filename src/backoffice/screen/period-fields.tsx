import { useState } from 'react';
import { TextField } from '../../ui/text-field';
import { addDays } from '../local-dates';

/** A period of local days (both inclusive, `YYYY-MM-DD`) chosen on a form, and why it cannot be asked for, if it cannot. */
export interface Period {
  readonly from: string;
  readonly until: string;
  readonly setFrom: (day: string) => void;
  readonly setUntil: (day: string) => void;
  readonly problem: string | undefined;
}

/** Why a period cannot be asked for, if it cannot. */
export function periodError(from: string, until: string): string | undefined {
  if (from === '' || until === '') return 'Choose both days';
  return from > until ? 'The period ends before it starts' : undefined;
}

/** The last seven days up to `today`, as a what-if starts. */
export function useLastWeek(today: string): Period {
  const [from, setFrom] = useState(() => addDays(today, -6));
  const [until, setUntil] = useState(today);
  return { from, until, setFrom, setUntil, problem: periodError(from, until) };
}

/** The From and Until day fields of a period, the error under Until. */
export function PeriodFields({ period }: { readonly period: Period }) {
  return (
    <>
      <TextField label="From" type="date" value={period.from} onChange={(e) => period.setFrom(e.target.value)} />
      <TextField label="Until" type="date" value={period.until} onChange={(e) => period.setUntil(e.target.value)} error={period.problem} />
    </>
  );
}
