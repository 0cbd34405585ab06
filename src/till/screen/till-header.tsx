import type { ReactNode } from 'react';
import { AppHeader } from '../../ui/app-header';

export interface TillHeaderProps {
  readonly storeName: string;
  /** YYYY-MM-DD, the pricing date. */
  readonly today: string;
  /** The app's header parts: the screens' `nav`, the operator's group, the book in use. */
  readonly nav?: ReactNode;
  readonly onHelp: () => void;
  /** Opens the cash drawer between sales (a supervisor approves). */
  readonly onNoSale?: () => void;
}

const barButton = 'flex min-h-12 shrink-0 items-center gap-2 rounded-xl px-3 font-semibold text-white ring-1 ring-inset ring-white/25 hover:bg-white/10 lg:px-4';

/** The app's bar on the till: the store (the price book's name), the pricing date, No sale and Help. */
export function TillHeader({ storeName, today, nav, onHelp, onNoSale }: TillHeaderProps) {
  return (
    <AppHeader
      title={storeName}
      nav={nav}
      today={today}
      end={
        <>
          {onNoSale !== undefined && (
            <button type="button" onClick={onNoSale} className={barButton}>
              No sale
            </button>
          )}
          <button type="button" onClick={onHelp} aria-keyshortcuts="F1" className={barButton}>
            Help
            <kbd className="hidden rounded bg-white/15 px-1.5 font-mono text-sm 2xl:inline">F1</kbd>
          </button>
        </>
      }
    />
  );
}
