import { useState, type ReactNode } from 'react';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

export interface AppHeaderProps {
  /** The store's name on the till, the screen's name elsewhere; none on the sign-in and gate screens. */
  readonly title?: string;
  /** The app's header parts: the screens' `nav`, the operator's group, the book in use. */
  readonly nav?: ReactNode;
  /** YYYY-MM-DD: the till's pricing date; other screens show today's. */
  readonly today?: string;
  /** Controls at the bar's right end, after the date (the till's No sale and Help). */
  readonly end?: ReactNode;
}

/** Today as YYYY-MM-DD in the till's own time zone. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The bar across the top of every screen: the mark, the title, the screens, who is signed in, the
 * date, then the screen's own controls. One line at every width, and the operator's group (name,
 * Lock, Sign out) always whole: it never shrinks or scrolls. Below 1280 px the screens' links fold
 * into a "Screens" button that drops them below the bar; the title gives way first (cut with "…",
 * whole in its tooltip), and narrow screens show the date short ("7 Dec").
 */
export function AppHeader({ title, nav, today = localToday(), end }: AppHeaderProps) {
  const [year, month, day] = today.split('-').map(Number);
  const date = new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  const [screensOpen, setScreensOpen] = useState(false);
  return (
    <header className="relative flex h-16 shrink-0 items-center gap-2 whitespace-nowrap bg-ink-900 px-4 text-white lg:gap-4 lg:px-5 print:hidden">
      <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-xl bg-brand-500 text-white">
        <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 6h18l-2 11H5L3 6Z" />
          <path d="M8 6l3-3M16 6l-3-3" />
        </svg>
      </span>
      {title !== undefined && (
        <h1 title={title} className="min-w-16 shrink truncate text-xl font-semibold tracking-tight">
          {title}
        </h1>
      )}
      {nav !== undefined && (
        <>
          <button
            type="button"
            aria-expanded={screensOpen}
            aria-controls="app-screens"
            onClick={() => setScreensOpen((open) => !open)}
            className="flex min-h-12 shrink-0 items-center gap-1.5 rounded-xl px-3 font-semibold text-white/85 ring-1 ring-inset ring-white/25 hover:bg-white/10 xl:hidden"
          >
            Screens
            <svg viewBox="0 0 24 24" className={`size-4 transition-transform ${screensOpen ? 'rotate-180' : ''}`} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
              <path d="m6 9 6 6 6-6" />
            </svg>
          </button>
          {/*
            The app's parts sit here as they come (the screens' nav, the operator's group, the book):
            the nav folds into a panel under the bar below xl, and its links sit closer below 2xl so that
            the till's No sale and Help fit at 1366 px; the rest stays on the line and never shrinks.
          */}
          <div
            id="app-screens"
            data-open={screensOpen}
            className="flex shrink-0 items-center gap-2 lg:gap-3 [&>*]:shrink-0 max-xl:[&>nav]:hidden max-xl:data-[open=true]:[&>nav]:absolute max-xl:data-[open=true]:[&>nav]:inset-x-0 max-xl:data-[open=true]:[&>nav]:top-full max-xl:data-[open=true]:[&>nav]:z-30 max-xl:data-[open=true]:[&>nav]:flex max-xl:data-[open=true]:[&>nav]:flex-wrap max-xl:data-[open=true]:[&>nav]:gap-2 max-xl:data-[open=true]:[&>nav]:bg-ink-900 max-xl:data-[open=true]:[&>nav]:px-4 max-xl:data-[open=true]:[&>nav]:pb-3 max-xl:data-[open=true]:[&>nav]:shadow-lg max-2xl:[&>nav_a]:px-2.5 [&>[role=group]]:ml-0"
          >
            {nav}
          </div>
        </>
      )}
      <p className="ml-auto shrink-0 text-base text-ink-300 tabular-nums">
        <time dateTime={today}>
          <span className="hidden 2xl:inline">{dayFormat.format(date)}</span>
          <span className="2xl:hidden">{shortDayFormat.format(date)}</span>
        </time>
      </p>
      {end}
    </header>
  );
}
