export interface IssueListProps {
  /** Problems, each with its JSON path (`$.offers[2].price`) and a plain reason. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  readonly label?: string;
}

/** Every problem of a price book, path beside reason: shown by the till for a bad book and by the back office for a bad import. */
export function IssueList({ issues, label = 'Problems' }: IssueListProps) {
  return (
    <ul aria-label={label} className="max-h-[60dvh] divide-y divide-ink-100 overflow-y-auto rounded-xl bg-white ring-1 ring-inset ring-ink-200">
      {issues.map((issue, i) => (
        <li key={i} className="grid gap-1 px-4 py-2.5 sm:grid-cols-[minmax(10rem,auto)_1fr] sm:gap-4">
          <code className="font-mono text-sm font-semibold text-ink-900">{issue.path}</code>
          <span className="text-ink-800">{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}
