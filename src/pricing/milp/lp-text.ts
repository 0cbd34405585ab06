/** A coefficient and the column it multiplies. */
export type Term = readonly [coefficient: number, column: string];

/** One constraint: `Σ terms sense rhs`. */
export interface LpRow {
  readonly name: string;
  readonly terms: readonly Term[];
  readonly sense: '<=' | '>=' | '=';
  readonly rhs: number;
}

/** A column with its bounds; integer and binary columns are the programme's whole-number decisions. */
export interface LpColumn {
  readonly name: string;
  readonly lower: number;
  /** `Infinity` when unbounded above. */
  readonly upper: number;
  readonly kind: 'continuous' | 'integer' | 'binary';
}

/** A mixed-integer linear programme to minimise. */
export interface LinearProgram {
  readonly objective: readonly Term[];
  readonly rows: readonly LpRow[];
  readonly columns: readonly LpColumn[];
}

/** Terms per written line: LP readers take long lines badly, and people read short ones. */
const TERMS_PER_LINE = 8;

/**
 * The programme in CPLEX LP format, which HiGHS (`highs.solve(text)`) and other MILP solvers
 * read. Like terms are merged and zero terms dropped; a row left with no terms is left out (every
 * such row this module is given holds for any values).
 */
export function lpText(program: LinearProgram): string {
  const rows = program.rows.flatMap((row) => {
    const terms = linear(row.terms);
    return terms === '' ? [] : [` ${row.name}: ${terms} ${row.sense} ${row.rhs}`];
  });
  const bounds = program.columns.map((c) => (c.upper === Number.POSITIVE_INFINITY ? ` ${c.name} >= ${c.lower}` : ` ${c.lower} <= ${c.name} <= ${c.upper}`));
  return [
    'Minimize',
    ` obj: ${linear(program.objective) || `0 ${program.columns[0]!.name}`}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    ...section('General', program.columns.filter((c) => c.kind === 'integer')),
    ...section('Binary', program.columns.filter((c) => c.kind === 'binary')),
    'End',
    '',
  ].join('\n');
}

/** `3 a + 2 b - c`, like terms merged, zero terms dropped, long rows wrapped; '' when nothing is left. */
function linear(terms: readonly Term[]): string {
  const merged = new Map<string, number>();
  for (const [k, v] of terms) merged.set(v, (merged.get(v) ?? 0) + k);
  let out = '';
  let written = 0;
  for (const [v, k] of merged) {
    if (k === 0) continue;
    const sign = written === 0 ? (k < 0 ? '-' : '') : k < 0 ? ' - ' : ' + ';
    out += `${written > 0 && written % TERMS_PER_LINE === 0 ? '\n  ' : ''}${sign}${Math.abs(k)} ${v}`;
    written++;
  }
  return out;
}

function section(title: string, columns: readonly LpColumn[]): string[] {
  if (columns.length === 0) return [];
  const lines = [title];
  for (let i = 0; i < columns.length; i += 10) lines.push(` ${columns.slice(i, i + 10).map((c) => c.name).join(' ')}`);
  return lines;
}
