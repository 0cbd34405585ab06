import { useEffect, useState } from 'react';
import { tillJournal } from '../sales/journal-loader';

/** Starts opening the journal (at boot, off the entry chunk) and reports why it failed, if it did. */
export function useJournalProblem(): string | undefined {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    tillJournal().then(
      () => live && setProblem(undefined),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, []);
  return problem;
}
