/** One tab of a {@link TabList}: its id and the words on it. */
export interface TabOption<T extends string> {
  readonly id: T;
  readonly label: string;
}

export interface TabListProps<T extends string> {
  /** The tab list's accessible name ("Back office", "Head office", "Book"). */
  readonly label: string;
  readonly tabs: readonly TabOption<T>[];
  readonly current: T;
  readonly onChoose: (id: T) => void;
}

/**
 * A row of tabs (`role="tablist"`, each a `tab` with `aria-selected`): the screens with several
 * panels (back office, head office, a book's editors) share it. The caller renders the panel.
 */
export function TabList<T extends string>({ label, tabs, current, onChoose }: TabListProps<T>) {
  return (
    <div role="tablist" aria-label={label} className="flex flex-wrap gap-2">
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={current === t.id}
          onClick={() => onChoose(t.id)}
          className="min-h-12 rounded-xl px-5 font-semibold text-ink-700 ring-1 ring-inset ring-ink-300 aria-selected:bg-ink-900 aria-selected:text-white aria-selected:ring-ink-900"
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
