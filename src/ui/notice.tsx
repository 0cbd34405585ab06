import type { ReactNode } from 'react';
import { IssueList } from './issue-list';

export interface NoticeProps {
  /**
   * `done`: what an action just did (a status). `problem`: why an action or a load failed (an
   * alert). `quiet`: a state to know about that is neither (a status).
   */
  readonly tone: 'done' | 'problem' | 'quiet';
  readonly children: ReactNode;
  /** The notice's accessible name, where a screen has more than one of its role. */
  readonly label?: string;
  /** The problems behind a refusal, listed under it with their JSON paths. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
  /** The problem list's accessible name ("Problems" by default). */
  readonly issuesLabel?: string;
}

const TONES = {
  done: { role: 'status', colours: 'bg-brand-50 text-brand-800' },
  problem: { role: 'alert', colours: 'bg-danger-50 text-danger-700' },
  quiet: { role: 'status', colours: 'bg-ink-50 text-ink-800' },
} as const;

/**
 * A screen's answer to what was just done, inside the page (the back office, the head office
 * console): saved, refused and why, failed to load. Screen-wide states that must stay in sight are
 * a `Banner` instead.
 */
export function Notice({ tone, children, label, issues, issuesLabel }: NoticeProps) {
  const { role, colours } = TONES[tone];
  const notice = (
    <div role={role} aria-label={label} className={`rounded-xl px-4 py-3 font-medium ${colours}`}>
      {children}
    </div>
  );
  if (issues === undefined || issues.length === 0) return notice;
  return (
    <div className="flex flex-col gap-2">
      {notice}
      <IssueList issues={issues} {...(issuesLabel === undefined ? {} : { label: issuesLabel })} />
    </div>
  );
}
