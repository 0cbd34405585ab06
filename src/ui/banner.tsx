import type { ReactNode } from 'react';

export interface BannerProps {
  /** `warning`: something is wrong and stays shown (an alert). `notice`: a state to know about (a status). */
  readonly tone: 'warning' | 'notice';
  readonly title: string;
  readonly children?: ReactNode;
  /** Offers an OK button that hides the banner: only for notices of something that already happened. */
  readonly onDismiss?: () => void;
}

/**
 * A persistent strip across the screen, for what must not be missed: storage that failed, a till
 * open in another tab (neither can be dismissed), prices that changed (acknowledged with OK). Refusals of single actions use the till's alert instead.
 */
export function Banner({ tone, title, children, onDismiss }: BannerProps) {
  const colours = tone === 'warning' ? 'bg-danger-50 text-danger-700 ring-danger-600' : 'bg-hint-50 text-hint-800 ring-hint-200';
  return (
    <div role={tone === 'warning' ? 'alert' : 'status'} className={`flex items-start gap-3 px-5 py-3 ring-2 ring-inset print:hidden ${colours}`}>
      <svg viewBox="0 0 24 24" className="mt-0.5 size-6 shrink-0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
        <path d="M12 3 2 21h20L12 3Z" />
        <path d="M12 10v5M12 18v.01" />
      </svg>
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{title}</p>
        {children !== undefined && <div className="text-ink-800">{children}</div>}
      </div>
      {onDismiss !== undefined && (
        <button type="button" onClick={onDismiss} className="shrink-0 rounded-lg bg-white/70 px-3 py-1 font-semibold ring-1 ring-current">
          OK
        </button>
      )}
    </div>
  );
}
