import type { ReactNode } from 'react';
import { Banner } from '../ui/banner';
import { AppHeader } from '../ui/app-header';

export interface SalesFrameProps {
  readonly title: string;
  readonly nav: ReactNode;
  readonly readOnly: string | undefined;
  readonly children: ReactNode;
}

/** The journal screens' page: the dark bar with the screens' links, a read-only notice when another tab is the till. */
export function SalesFrame({ title, nav, readOnly, children }: SalesFrameProps) {
  return (
    <div className="flex min-h-dvh flex-col bg-ink-100">
      <title>{`${title} · Till`}</title>
      <AppHeader title={title} nav={nav} />
      {readOnly !== undefined && (
        <Banner tone="notice" title="Read only: this till is open in another tab">
          {readOnly}
        </Banner>
      )}
      <main className="flex-1 p-6 print:p-0">{children}</main>
    </div>
  );
}


/** A card on the journal screens. */
export function Panel({ label, children, className = '' }: { readonly label: string; readonly children: ReactNode; readonly className?: string }) {
  return (
    <section aria-label={label} className={`rounded-2xl bg-white p-5 shadow-sm ring-1 ring-ink-200 ${className}`}>
      {children}
    </section>
  );
}

/** A field's label and input stacked, with a 48 px input. */
export function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 font-semibold text-ink-700">
      {label}
      {children}
    </label>
  );
}

/** The journal screens' text input style. */
export const inputClass = 'h-12 rounded-xl border-2 border-ink-300 px-3 text-lg font-normal text-ink-900 focus-visible:border-focus';
