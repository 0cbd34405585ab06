import type { BookIssue } from '../../pricing';
import { IssueList } from '../../ui/issue-list';
import { PendingScansRefused } from '../scanner/pending-scans-notice';

export interface BookProblemsProps {
  readonly title: string;
  readonly message: string;
  readonly issues?: readonly BookIssue[];
}

/** What the till shows instead of a blank page when its price book cannot be used. */
export function BookProblems({ title, message, issues = [] }: BookProblemsProps) {
  return (
    <main className="grid min-h-dvh place-items-center bg-ink-100 p-6">
      <section className="w-full max-w-3xl rounded-2xl bg-white p-8 shadow-lg ring-1 ring-ink-200">
        <div role="alert">
          <h1 className="flex items-center gap-3 text-2xl font-semibold text-danger-700">
            <svg viewBox="0 0 24 24" className="size-7 shrink-0" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true">
              <path d="M12 3 2.5 20h19L12 3Z" />
              <path d="M12 10v4.5M12 17.5v.01" />
            </svg>
            {title}
          </h1>
          <p className="mt-2 text-lg text-ink-800">{message}</p>
        </div>
        <div className="mt-4 empty:hidden">
          <PendingScansRefused />
        </div>
        {issues.length > 0 && (
          <div className="mt-5">
            <IssueList issues={issues} />
          </div>
        )}
        <p className="mt-5 text-ink-600">
          Fix the book and reload, or (a manager) choose another with <code className="rounded bg-ink-100 px-1.5 py-0.5 font-mono text-sm">?book=/books/name.json</code>.
        </p>
      </section>
    </main>
  );
}
