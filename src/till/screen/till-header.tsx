import type { ReactNode } from 'react';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

export interface TillHeaderProps {
  readonly storeName: string;
  /** YYYY-MM-DD, the pricing date. */
  readonly today: string;
  /** Links to the app's other screens. */
  readonly nav?: ReactNode;
  readonly onHelp: () => void;
  /** Opens the cash drawer between sales (a supervisor approves). */
  readonly onNoSale?: () => void;
}

/**
 * The bar across the top: the store (the price book's name), the screens, the pricing date, help.
 * One line at every width: the store name gives way first (cut with "…", whole in its tooltip),
 * the links scroll sideways if they must, and narrow screens show the date short ("7 Dec").
 */
export function TillHeader({ storeName, today, nav, onHelp, onNoSale }: TillHeaderProps) {
  const [year, month, day] = today.split('-').map(Number);
  const date = new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return (
    <header className="flex h-16 shrink-0 items-center gap-3 whitespace-nowrap bg-ink-900 px-4 text-white lg:gap-4 lg:px-5 print:hidden">
      <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-xl bg-brand-500 text-white">
        <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 6h18l-2 11H5L3 6Z" />
          <path d="M8 6l3-3M16 6l-3-3" />
        </svg>
      </span>
      <h1 title={storeName} className="min-w-16 shrink truncate text-xl font-semibold tracking-tight">
        {storeName}
      </h1>
      {nav !== undefined && <div className="no-scrollbar flex min-w-0 shrink-[2] items-center gap-3 overflow-x-auto">{nav}</div>}
      <p className="ml-auto shrink-0 text-base text-ink-300 tabular-nums">
        <time dateTime={today}>
          <span className="hidden xl:inline">{dayFormat.format(date)}</span>
          <span className="xl:hidden">{shortDayFormat.format(date)}</span>
        </time>
      </p>
      {onNoSale !== undefined && (
        <button type="button" onClick={onNoSale} className="flex min-h-12 shrink-0 items-center rounded-xl px-4 font-semibold text-white ring-1 ring-inset ring-white/25 hover:bg-white/10">
          No sale
        </button>
      )}
      <button type="button" onClick={onHelp} className="flex min-h-12 shrink-0 items-center gap-2 rounded-xl px-4 font-semibold text-white ring-1 ring-inset ring-white/25 hover:bg-white/10">
        Help
        <kbd className="rounded bg-white/15 px-1.5 font-mono text-sm">F1</kbd>
      </button>
    </header>
  );
}
