import type { ChainProblem, ChainVerdict } from './verify-chain';

/** A receipt number as printed on receipts: six digits. */
const receipt = (n: number) => String(n).padStart(6, '0');

/** A Z report's number as printed: four digits. */
const zLabel = (n: number) => String(n).padStart(4, '0');

/** What a problem means, in words for the manager who pressed "Verify journal". */
export function describeChainProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'altered':
      return `Receipt ${receipt(problem.receiptNumber)} was altered: its contents no longer match its hash`;
    case 'misnumbered':
      return `An entry was altered: its receipt number is no longer a number (entry ${problem.entryId})`;
    case 'removed':
      return problem.from === problem.to
        ? `Receipt ${receipt(problem.from)} was removed: its number is missing from the journal`
        : `Receipts ${receipt(problem.from)}–${receipt(problem.to)} were removed: their numbers are missing from the journal`;
    case 'removed-before':
      return `Entries before receipt ${receipt(problem.receiptNumber)} were removed: it follows an entry that is no longer in the journal`;
    case 'emptied':
      return `Every entry up to receipt ${receipt(problem.lastReceipt)} was removed: the journal is empty but the till's chain is not`;
    case 'inserted':
      return insertedText(problem.receiptNumber, problem.reason);
    case 'z-mismatch':
      return `Z report ${zLabel(problem.zNumber)} does not match the journal: the entries up to receipt ${receipt(problem.toReceipt)} are not the ones it closed`;
  }
}

function insertedText(n: number, reason: Extract<ChainProblem, { kind: 'inserted' }>['reason']): string {
  switch (reason) {
    case 'breaks-chain':
      return `Receipt ${receipt(n)} was inserted: it does not follow from receipt ${receipt(n - 1)}`;
    case 'not-followed':
      return `Receipt ${receipt(n)} was inserted or replaced: receipt ${receipt(n + 1)} does not follow from it`;
    case 'beyond-last':
      return `Receipt ${receipt(n)} was inserted: the till has not given that number yet`;
    case 'duplicate':
      return `A second receipt ${receipt(n)} was inserted`;
    case 'not-head':
      return `Receipt ${receipt(n)} was inserted or replaced: the till's chain ends at another entry`;
  }
}

/** The verdict in one line: "Journal verified: N entries, chain intact", or the first problem. */
export function describeChainVerdict(verdict: ChainVerdict): string {
  if (!verdict.ok) return describeChainProblem(verdict.problem);
  return `Journal verified: ${verdict.entries} ${verdict.entries === 1 ? 'entry' : 'entries'}, chain intact`;
}
