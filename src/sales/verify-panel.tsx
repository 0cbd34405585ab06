import { useState } from 'react';
import { Button } from '../ui/button';
import { formatWhen } from '../ui/printed-receipt';
import { describeChainVerdict } from './chain/describe-verdict';
import type { ChainVerdict } from './chain/verify-chain';
import { tillJournal } from './journal-loader';
import { Panel } from './sales-frame';

/**
 * "Verify journal": recomputes this till's chain from the entries as stored and says whether it is
 * intact or which entry was altered, removed or inserted first. A snapshot, timed: sales made since
 * are not in it until it is pressed again.
 */
export function VerifyPanel() {
  const [result, setResult] = useState<{ readonly verdict: ChainVerdict; readonly at: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    try {
      setResult({ verdict: await (await tillJournal()).verify(), at: new Date().toISOString() });
      setFailure(null);
    } catch (error) {
      setResult(null);
      setFailure(`The journal could not be read to verify it: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const verdict = result?.verdict;
  return (
    <Panel label="Journal check">
      <h2 className="mb-1 text-lg font-semibold">Journal check</h2>
      <p className="mb-3 text-ink-600">Each entry carries the hash of the one before. Verifying recomputes them all and names the first entry altered, removed or inserted.</p>
      <Button onClick={() => void verify()} disabled={busy} aria-busy={busy}>
        Verify journal
      </Button>
      {/* Both live regions are always there, so that what is put in them is announced. */}
      <p role="status" className="mt-3 font-semibold text-brand-800 empty:hidden">
        {verdict?.ok === true ? describeChainVerdict(verdict) : ''}
      </p>
      <p role="alert" className="mt-3 font-semibold text-danger-700 empty:hidden">
        {failure ?? (verdict?.ok === false ? describeChainVerdict(verdict) : '')}
      </p>
      {result !== null && (
        <p className="mt-1 text-sm break-all text-ink-600">
          Checked {formatWhen(result.at)}
          {result.verdict.ok && ` · chain head ${result.verdict.head}`}
        </p>
      )}
    </Panel>
  );
}
