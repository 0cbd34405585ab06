import { addDays, startOfLocalDay } from '../../backoffice';

/** This browser's time zone: the days of the reports are its days. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A period of local days (both inclusive) as head office takes it: instants, `to` exclusive, and the time zone. */
export function periodScope(from: string, until: string): { readonly from: string; readonly to: string; readonly tz: string } {
  return { from: startOfLocalDay(from), to: startOfLocalDay(addDays(until, 1)), tz: browserTimeZone() };
}
