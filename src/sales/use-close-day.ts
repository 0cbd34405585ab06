import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newUuid } from '../lib/uuid';
import type { Authorize } from './authorize';
import type { ZReport } from './journal-entry';
import { tillJournal } from './journal-loader';
import { journalQueries } from './journal-queries';

/** A close the cashier asked for and has yet to confirm: its id (one per attempt) and the period seen. */
export interface CloseRequest {
  readonly id: string;
  readonly fromReceipt: number;
}

/**
 * Closing the day: asking first ("Close the day?"), a supervisor's approval, the Z report written
 * once for the period the cashier saw, and what to say when it was not.
 */
export function useCloseDay(authorize: Authorize) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState<CloseRequest | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [closed, setClosed] = useState<ZReport | null>(null);

  const ask = (fromReceipt: number) => setConfirming({ id: newUuid(), fromReceipt });
  const cancel = () => setConfirming(null);

  const closeDay = async () => {
    if (confirming === null) return;
    const request = confirming;
    setConfirming(null);
    try {
      const staff = await authorize('z-report', `Z report from receipt ${String(request.fromReceipt).padStart(6, '0')}`);
      if (staff === null) {
        setProblem('The day was not closed: a Z report needs a supervisor\'s approval.');
        return;
      }
      const result = await (await tillJournal()).closeDay({ ...request, at: new Date().toISOString(), ...staff });
      if (result.ok) {
        setClosed(result.report);
        setProblem(null);
      } else setProblem(result.message);
    } catch (error) {
      setProblem(`The Z report was not closed: ${error instanceof Error ? error.message : String(error)}`);
    }
    setConfirming(null);
    await client.invalidateQueries({ queryKey: journalQueries.all() });
  };

  return { confirming: confirming !== null, problem, closed, ask, cancel, closeDay };
}
