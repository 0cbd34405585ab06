import type { ReactNode } from 'react';

/** One column of a {@link DataTable}. */
export interface Column<Row> {
  /** The column header's text: also what a screen reader says before each cell. */
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Amounts and counts: right-aligned, tabular figures, so digits line up for comparison. */
  readonly numeric?: boolean;
  /** The header is read to screen readers but not shown (an actions column). */
  readonly headerHidden?: boolean;
  /** Extra classes for this column's cells (widths, wrapping, alignment to the top). */
  readonly className?: string;
}

export interface DataTableProps<Row> {
  /** The table's caption: its accessible name unless `label` is given. */
  readonly caption: ReactNode;
  /** Shows the caption only to screen readers (when a heading above already says it). */
  readonly captionHidden?: boolean;
  /** The accessible name, when it must differ from the caption (a caption that counts rows, say). */
  readonly label?: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** Names a row (`getByRole('row', { name })`), for rows a script or a screen reader picks out by name. */
  readonly rowLabel?: (row: Row) => string;
  readonly rowClassName?: (row: Row) => string;
  /** Shown under the headers when there are no rows. */
  readonly empty?: ReactNode | undefined;
  /** Totals: cells under the columns, in the table's footer. */
  readonly footer?: readonly ReactNode[] | undefined;
}

const cellPadding = 'px-4 py-2';

/**
 * The app's table: a caption, column headers with `scope`, numeric columns right-aligned in
 * tabular figures. The back office, the what-if and the head office console all use it, so every
 * table reads and looks the same.
 */
export function DataTable<Row>({ caption, captionHidden = false, label, columns, rows, rowKey, rowLabel, rowClassName, empty, footer }: DataTableProps<Row>) {
  const align = (column: Column<Row>) => (column.numeric === true ? 'text-right tabular-nums' : '');
  return (
    <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-ink-200">
      <table aria-label={label} className="w-full text-left">
        <caption className={captionHidden ? 'sr-only' : 'px-4 pt-3 text-left font-semibold text-ink-800'}>{caption}</caption>
        <thead className="border-b border-ink-200 text-sm text-ink-600">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`px-4 py-3 font-semibold ${align(column)}`}>
                {column.headerHidden === true ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} aria-label={rowLabel?.(row)} className={rowClassName?.(row)}>
              {columns.map((column) => (
                <td key={column.header} className={`${cellPadding} ${align(column)} ${column.className ?? ''}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer !== undefined && rows.length > 0 && (
          <tfoot className="border-t-2 border-ink-200 font-semibold">
            <tr>
              {footer.map((cell, i) => (
                <td key={i} className={`${cellPadding} ${columns[i] === undefined ? '' : align(columns[i])}`}>
                  {cell}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {rows.length === 0 && empty !== undefined && <p className="px-4 py-6 text-center text-ink-600">{empty}</p>}
    </div>
  );
}
