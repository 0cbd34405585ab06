/** A date as YYYY-MM-DD in the till's own time zone: the pricing date offers are valid on. */
export function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** Milliseconds from `instant` to just after the next local midnight. */
export function msUntilTomorrow(instant: Date): number {
  const tomorrow = new Date(instant.getFullYear(), instant.getMonth(), instant.getDate() + 1, 0, 0, 1);
  return tomorrow.getTime() - instant.getTime();
}
