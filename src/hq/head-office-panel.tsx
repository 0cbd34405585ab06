import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { TextField } from '../ui/text-field';
import type { HqSync } from './hq-sync';
import { useHqBook, useHqBookProblem, useHqEnrolment, useHqLoaded, useHqOutbox } from './hq-store';
import { outboxWords } from './outbox-status';

export interface HeadOfficePanelProps {
  /** The running link with head office. */
  readonly link: HqSync;
  /** This till's id, as its journal numbers entries with it. */
  readonly tillId: () => Promise<string>;
}

/**
 * The back office's Head office tab: this till's id (head office registers the till under it), the
 * address and till token to enrol with (tested with head office before they are kept), and once
 * enrolled, the store, the book head office sent and the outbox; un-enrolling.
 */
export function HeadOfficePanel({ link, tillId }: HeadOfficePanelProps) {
  const loaded = useHqLoaded();
  const enrolment = useHqEnrolment();
  const [id, setId] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void tillId().then((found) => live && setId(found));
    return () => {
      live = false;
    };
  }, [tillId]);

  return (
    <section aria-labelledby="hq-heading" className="flex flex-col gap-4 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
      <h2 id="hq-heading" className="text-lg font-semibold text-ink-900">
        Head office
      </h2>
      <p className="text-ink-700">
        This till’s id: <output aria-label="This till’s id" className="font-mono font-semibold text-ink-900">{id ?? '…'}</output>
        <br />
        Head office registers the till under this id (<span className="font-mono">POST /api/admin/stores/:store/tills</span>) and gives a till token once.
      </p>
      {!loaded ? <p className="text-ink-600">Reading this till’s link with head office…</p> : enrolment === null ? <EnrolForm link={link} /> : <Enrolled link={link} />}
    </section>
  );
}

function EnrolForm({ link }: { readonly link: HqSync }) {
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const result = await link.enrol(address, token);
    setBusy(false);
    if (!result.ok) setProblem(result.message);
  };
  return (
    <form aria-label="Enrol with head office" onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
      <p className="text-ink-700">Not enrolled: the till prices with its own books and keeps its sales here only.</p>
      <TextField label="Head office address" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="http://hq.example:8787" autoComplete="off" />
      <TextField label="Till token" value={token} onChange={(e) => setToken(e.target.value)} type="password" autoComplete="off" />
      {problem !== undefined && <Notice tone="problem">{problem}</Notice>}
      <div>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Testing the connection…' : 'Test and enrol'}
        </Button>
      </div>
    </form>
  );
}

function Enrolled({ link }: { readonly link: HqSync }) {
  const enrolment = useHqEnrolment()!;
  const book = useHqBook();
  const bookProblem = useHqBookProblem();
  const outbox = useHqOutbox();
  const words = outboxWords(outbox);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <Notice tone="done" label="Enrolment">Enrolled at {enrolment.baseUrl} as till {enrolment.till} of {enrolment.storeName} ({enrolment.store}).</Notice>
      <p className="text-ink-700">
        {book === null ? 'Head office has not sent a price book yet: the till uses its own book until it does.' : `Prices from head office, version ${book.version}: it replaces the shipped and edited books on the till (edits here do not reach head office).`}
      </p>
      {bookProblem !== undefined && <Notice tone="problem">{bookProblem}</Notice>}
      <p className={words.problem ? 'font-semibold text-danger-700' : 'text-ink-700'}>{words.text}</p>
      <div className="flex flex-wrap gap-3">
        <Button
          onClick={() => {
            void link.checkBook();
            link.nudge();
          }}
        >
          Sync now
        </Button>
        {confirming ? (
          <>
            <Button variant="danger" onClick={() => void link.unenrol().then(() => setConfirming(false))}>
              Yes, leave head office
            </Button>
            <Button onClick={() => setConfirming(false)}>Stay enrolled</Button>
            <p className="basis-full text-ink-700">
              The till goes back to its own books. {outbox.waiting > 0 ? `${outbox.waiting} receipts have not reached head office: they stay in the journal and are sent if the till enrols again.` : ''}
            </p>
          </>
        ) : (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Leave head office
          </Button>
        )}
      </div>
    </div>
  );
}
