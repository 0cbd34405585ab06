import { Button } from '../../ui/button';

export interface ParkingBarProps {
  /** How many sales are parked. */
  readonly parkedCount: number;
  readonly onPark: () => void;
  readonly onShowParked: () => void;
}

/**
 * Under the Barcode field: "Park sale" (F9) sets the sale aside and empties the till; "Parked sales
 * (N)" opens the list to recall one from. Both always in the same place; a press that cannot act
 * says why in the alert line.
 */
export function ParkingBar({ parkedCount, onPark, onShowParked }: ParkingBarProps) {
  return (
    <div role="group" aria-label="Parked sales" className="mt-2 grid grid-cols-2 gap-2">
      <Button onClick={onPark} variant="secondary" aria-keyshortcuts="F9" className="whitespace-nowrap">
        Park sale
        <kbd className="rounded bg-ink-100 px-1.5 font-mono text-sm font-normal text-ink-600">F9</kbd>
      </Button>
      <Button onClick={onShowParked} variant="secondary" aria-label={`Parked sales (${parkedCount})`} className="whitespace-nowrap">
        Parked sales
        {/* A sale waiting stands out: the cashier should not forget a customer who went back for something. */}
        <span aria-hidden="true" className={`min-w-7 rounded-full px-2 text-sm tabular-nums ${parkedCount > 0 ? 'bg-hint-200 text-hint-800' : 'bg-ink-100 text-ink-600'}`}>
          {parkedCount}
        </span>
      </Button>
    </div>
  );
}
