import type { HqState } from './hq-store';
import { useHqBook, useHqBookProblem, useHqEnrolment, useHqOutbox } from './hq-store';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The outbox in words: what is waiting, when head office last confirmed, or why it stopped. */
export function outboxWords(outbox: HqState['outbox']): { text: string; problem: boolean } {
  const { state, waiting, lastUploadAt } = outbox;
  const last = lastUploadAt === undefined ? '' : `, last upload ${time(lastUploadAt)}`;
  if (state.kind === 'unauthorized') return { text: `Head office no longer knows this till: enrol it again (${waiting} receipts waiting)`, problem: true };
  if (state.kind === 'refused') return { text: `${state.message}. ${waiting} receipts wait here; nothing is lost.`, problem: true };
  const count = waiting === 1 ? '1 receipt waiting to reach head office' : `${waiting} receipts waiting to reach head office`;
  if (state.kind === 'waiting') return { text: `${count}: head office is not answering, next try ${time(state.retryAt)}${last}`, problem: false };
  if (waiting > 0) return { text: `${count}${last}`, problem: false };
  return { text: `Every receipt is at head office${last}`, problem: false };
}

/** The header's word on head office, when enrolled: where the prices come from and the outbox. */
export function HqHeaderStatus({ appliedVersion }: { readonly appliedVersion: number }) {
  const enrolment = useHqEnrolment();
  const latest = useHqBook();
  const problem = useHqBookProblem();
  const outbox = useHqOutbox();
  if (enrolment === null) return null;
  const words = outboxWords(outbox);
  return (
    <div className="flex min-w-0 flex-col text-xs text-ink-300">
      <p aria-label="Price book in use" className="truncate">
        Prices from head office, version {appliedVersion}
        {latest !== null && latest.version !== appliedVersion && ` (version ${latest.version} after this sale)`}
        {problem !== undefined && (
          <span className="sr-only">
            {'. '}
            {problem}
          </span>
        )}
      </p>
      <p role="status" aria-label="Head office" className={`truncate ${words.problem ? 'font-semibold text-danger-300' : ''}`} title={words.text}>
        {words.text}
      </p>
    </div>
  );
}
