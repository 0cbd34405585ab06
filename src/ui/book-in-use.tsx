export interface BookInUseProps {
  /** The store's name; left out where the screen already shows it. */
  readonly name?: string | undefined;
  readonly version: string;
  readonly edited: boolean;
  /** Why the book's stored edits are not in use, when they are not: shown as an alert. */
  readonly problem?: string | undefined;
  /** `dark` on the till's header bar, `light` on a page. */
  readonly tone?: 'dark' | 'light';
}

/** Which price book a screen is using: its store name, its version, and whether the back office edited it. */
export function BookInUse({ name, version, edited, problem, tone = 'dark' }: BookInUseProps) {
  const base = tone === 'dark' ? 'text-ink-300' : 'text-ink-600';
  return (
    <p aria-label="Price book in use" className={`flex min-w-0 items-center gap-2 text-sm ${base}`}>
      {name !== undefined && <span className="truncate">{name}</span>}
      <span className="font-mono tabular-nums">v{version}</span>
      {edited && (
        <span className={`rounded-md px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide bg-hint-200 text-hint-800`}>
          edited
        </span>
      )}
      {problem !== undefined && (
        <span role="alert" title={problem} className="rounded-md bg-danger-50 px-1.5 py-0.5 text-xs font-semibold text-danger-700">
          {/* The till's header has room for a few words; the back office's page, for the reason. */}
          <span aria-hidden={tone === 'dark'}>{tone === 'dark' ? 'edits not in use' : problem}</span>
          {tone === 'dark' && <span className="sr-only">{problem}</span>}
        </span>
      )}
    </p>
  );
}
