/** Small helpers the UI benchmarks share: progress, rounding, spreads and plain-text tables. */

/** Progress goes to stderr, so stdout holds only the tables (and the JSON object last). */
export const say = (message: string) => process.stderr.write(`${message}\n`);
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
/** Bytes as kB (1000 bytes, as Vite reports sizes), one decimal. */
export const kb = (bytes: number) => round(bytes / 1000, 1);

export interface Spread {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? 0) };
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${line(header)}\n${rows.map(line).join('\n')}\n`;
}
