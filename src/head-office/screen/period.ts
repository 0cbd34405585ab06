import { addDays, startOfLocalDay } from '../../backoffice/local-dates';

/** This browser's time zone: the days of the reports are its days. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A period of local days (both inclusive) as head office takes it: instants, `to` exclusive, and the time zone. */
export function periodScope(from: string, until: string): { readonly from: string; readonly to: string; readonly tz: string } {
  return { from: startOfLocalDay(from), to: startOfLocalDay(addDays(until, 1)), tz: browserTimeZone() };
}

/** Why a period cannot be asked for, if it cannot. */
export function periodError(from: string, until: string): string | undefined {
  if (from === '' || until === '') return 'Choose both days';
  return from > until ? 'The period ends before it starts' : undefined;
}
