import { useId, type RefObject } from 'react';
import { Button } from '../../ui/button';

export interface CompleteSaleProps {
  /** Nothing is owed: the sale can be completed. */
  readonly settled: boolean;
  /** The sale is being written to the journal: Complete sale waits, and says so. */
  readonly recording: boolean;
  readonly onComplete: () => void;
  readonly onBack: () => void;
  /** The Complete sale button, which the dialog focuses once nothing is owed. */
  readonly completeRef: RefObject<HTMLButtonElement | null>;
}

/** Back to the sale, and Complete sale: enabled once nothing is owed, and busy while the sale is recorded. */
export function CompleteSale({ settled, recording, onComplete, onBack, completeRef }: CompleteSaleProps) {
  const recordingId = useId();
  return (
    <>
      <div className="mt-auto flex gap-2 pt-2">
        <Button size="xl" variant="secondary" onClick={onBack}>
          Back
        </Button>
        <Button
          ref={completeRef}
          size="xl"
          variant="primary"
          className="flex-1 aria-busy:bg-brand-800"
          disabled={!settled}
          aria-busy={recording}
          aria-describedby={recording ? recordingId : undefined}
          onClick={() => !recording && onComplete()}
        >
          Complete sale
        </Button>
      </div>
      <div role="status" id={recordingId} className="min-h-6 text-right font-semibold text-brand-700">
        {recording ? 'Recording the sale…' : ''}
      </div>
    </>
  );
}
