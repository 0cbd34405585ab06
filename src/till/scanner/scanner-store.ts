import { create } from 'zustand';
import { initialScannerState, nextScannerState, type ScannerEvent, type ScannerState, type ScannerStep } from './scanner-machine';

interface ScannerStore extends ScannerState {
  readonly dispatch: (event: ScannerEvent) => ScannerStep;
}

/**
 * The scanner machine's state, outside React so every key is applied synchronously, in order,
 * however far rendering lags behind. Not persisted: half a barcode is worth nothing after a reload.
 */
const useScannerStore = create<ScannerStore>()((set, get) => ({
  ...initialScannerState,
  dispatch: (event) => {
    const step = nextScannerState(get(), event);
    set(step.state);
    return step;
  },
}));

/** What the Barcode field shows. */
export const useScannerBuffer = (): string => useScannerStore((state) => state.buffer);
/** The quantity waiting for the next scan or product, or `null`. */
export const useMultiplier = (): number | null => useScannerStore((state) => state.multiplier);
/** Feeds an event to the machine and returns its outputs (stable function). */
export const useScannerDispatch = (): ScannerStore['dispatch'] => useScannerStore((state) => state.dispatch);
/** Whether anything is typed, read at the moment of a key press (not from a render). */
export const readScannerTyping = (): boolean => useScannerStore.getState().buffer !== '';

/** Feeds an event to the machine from outside React (the boot-time listener). */
export const dispatchScanner = (event: ScannerEvent): ScannerStep => useScannerStore.getState().dispatch(event);
