/** Local calendar dates (YYYY-MM-DD), as the till prices by them. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date of a moment. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local date a recorded sale was priced on, from its ISO completion time. */
export function localDateOf(iso: string): string {
  return localDate(new Date(iso));
}

const parse = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

/** The first moment of a local day, as ISO. */
export function startOfLocalDay(day: string): string {
  return parse(day).toISOString();
}

/** The last millisecond of a local day, as ISO. */
export function endOfLocalDay(day: string): string {
  const d = parse(day);
  d.setDate(d.getDate() + 1);
  return new Date(d.getTime() - 1).toISOString();
}

/** A date `days` later (or earlier). */
export function addDays(day: string, days: number): string {
  const d = parse(day);
  d.setDate(d.getDate() + days);
  return localDate(d);
}
