import type { ReactNode } from 'react';
import { Link, useSearch } from 'wouter';
import { AppHeader } from '../ui/app-header';

/** An address the app has no screen for: say so, and offer the way back to the till. */
export function NotFound({ nav }: { readonly nav: ReactNode }) {
  const search = useSearch();
  return (
    <div className="flex min-h-dvh flex-col bg-ink-100">
      <AppHeader nav={nav} />
      <main className="grid flex-1 place-items-center p-6 text-center">
        <div className="flex flex-col items-center gap-4">
          <h1 className="text-2xl font-semibold text-ink-900">There is no screen at this address</h1>
          <Link href={search === '' ? '/' : `/?${search}`} className="flex min-h-12 items-center rounded-xl bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
            Back to the till
          </Link>
        </div>
      </main>
    </div>
  );
}
