/**
 * The scanner as a pure state machine: key events in, scans out.
 *
 * A keyboard-wedge scanner is a keyboard: it types a code's characters a few milliseconds apart
 * and presses Enter. The till takes a scan whatever has focus:
 *
 * - the Barcode field (`barcode`): keys land in the field; Enter scans what it holds, typed slowly
 *   by a person or fast by a scanner;
 * - nothing that takes text (`free`: the page, a product button): keys build the code exactly as
 *   if the Barcode field had focus, and show there;
 * - another text field or a dialog (`guarded`, e.g. the product search box): keys belong to the
 *   field, except a scanner's burst (fast keys ended by Enter), which is taken back out of the
 *   field and scanned. Only here does timing matter: in the Barcode field and with nothing
 *   focused, Enter scans whatever was typed, however fast or slow, so a busy page that delivers
 *   keys in clumps can never split a code.
 *
 * The machine never reads a clock: every key carries its own time. It holds the multiplier too
 * (type 3, press ×, scan: three units), which applies to the next scan or product and then
 * starts fresh; what was typed before × must be a whole number (`readQuantity`), and a refused
 * one is cleared, never left to join the next code. Transitions are synchronous, so a burst of scans faster than the screen renders
 * loses none and doubles none.
 */

import { readQuantity } from '../guards/quantity-rules';

/** Where the keyboard's focus is when a key arrives. */
export type Focus = 'barcode' | 'guarded' | 'free';

export interface ScannerState {
  /** What the Barcode field holds: typed into it, or typed with nothing focused. */
  readonly buffer: string;
  /** Units for the next scan or product, set with ×; `null` means one. */
  readonly multiplier: number | null;
  /** The run of digits that arrived close together, newest last: a scanner's burst, maybe. */
  readonly run: string;
  /** When the run's first and last keys arrived, in milliseconds. */
  readonly runStartedAt: number;
  readonly runLastAt: number;
}

export type ScannerEvent =
  /** A printable character typed (not `*` outside guarded fields: that is `multiply`). */
  | { readonly type: 'key'; readonly key: string; readonly at: number; readonly focus: Focus }
  | { readonly type: 'enter'; readonly at: number; readonly focus: Focus }
  | { readonly type: 'backspace'; readonly focus: Focus }
  | { readonly type: 'escape'; readonly focus: Focus }
  /** The Barcode field's own input changed (typing, pasting, a script filling it). */
  | { readonly type: 'field-edited'; readonly value: string }
  /** The Barcode field's Enter button was tapped. */
  | { readonly type: 'submitted' }
  /** × tapped or `*` typed: what was typed becomes the multiplier. */
  | { readonly type: 'multiply' }
  /** A quantity chosen on the quantity numpad. */
  | { readonly type: 'quantity-chosen'; readonly quantity: number }
  | { readonly type: 'multiplier-cleared' }
  /** A product button was tapped. */
  | { readonly type: 'product-chosen'; readonly sku: string };

export type ScannerOutput =
  /**
   * A code to look up, with its units. `typedIntoField` characters of it landed in a guarded text
   * field just before the caret and must be taken back out.
   */
  | { readonly type: 'scan'; readonly code: string; readonly quantity: number; readonly typedIntoField: number }
  | { readonly type: 'product'; readonly sku: string; readonly quantity: number }
  /** × with nothing typed: ask for the quantity on a numpad. */
  | { readonly type: 'ask-quantity' }
  | { readonly type: 'refused'; readonly message: string };

export interface ScannerStep {
  readonly state: ScannerState;
  readonly outputs: readonly ScannerOutput[];
  /** Whether the key was the till's: the browser's default action (typing, clicking) must not happen. */
  readonly consumed: boolean;
}

/**
 * Longest pause between two keys of one burst, in milliseconds. Generous, because a busy page
 * delivers a scanner's keys in clumps; the average below is what tells a scanner from a person.
 */
export const MAX_BURST_GAP_MS = 300;
/**
 * Longest average pause over a burst, Enter included. Scanners manage a few ms (a page busy
 * re-rendering stretches that to 20-60); a person typing a dozen digits averages 150 ms or more.
 */
export const MAX_BURST_AVERAGE_MS = 100;
/**
 * Fewest digits in a burst: the shortest barcode (EAN-8) less two. Only digits count, since
 * barcodes are digits: words typed fast into the search box are never mistaken for a scan, and
 * the short numbers typed into the till's own fields (an amount, a weight) are too short.
 */
export const MIN_BURST_LENGTH = 6;
/** Most units a multiplier gives. */
export const MAX_MULTIPLIER = 999;

export const initialScannerState: ScannerState = { buffer: '', multiplier: null, run: '', runStartedAt: 0, runLastAt: 0 };

const noRun = { run: '', runStartedAt: 0, runLastAt: 0 } as const;

/** The next state and outputs for an event. Pure. */
export function nextScannerState(state: ScannerState, event: ScannerEvent): ScannerStep {
  switch (event.type) {
    case 'key': {
      const tracked = { ...state, ...extendRun(state, event.key, event.at) };
      // In the Barcode field the browser types the key; `field-edited` brings the new value.
      if (event.focus !== 'free') return pass(tracked);
      return take({ ...tracked, buffer: tracked.buffer + event.key });
    }
    case 'enter':
      return enter(state, event.at, event.focus);
    case 'submitted':
      return scanBuffer({ ...state, ...noRun }, state.buffer);
    case 'backspace':
      if (event.focus === 'free' && state.buffer !== '') return take({ ...state, ...noRun, buffer: state.buffer.slice(0, -1) });
      return pass({ ...state, ...noRun });
    case 'escape':
      if (event.focus !== 'guarded' && (state.buffer !== '' || state.multiplier !== null)) {
        return take({ ...state, ...noRun, buffer: '', multiplier: null });
      }
      return pass({ ...state, ...noRun });
    case 'field-edited':
      return pass({ ...state, buffer: event.value });
    case 'multiply':
      return multiply({ ...state, ...noRun });
    case 'quantity-chosen':
      return setMultiplier(state, event.quantity);
    case 'multiplier-cleared':
      return take({ ...state, multiplier: null });
    case 'product-chosen':
      return {
        state: { ...state, ...noRun, multiplier: null },
        outputs: [{ type: 'product', sku: event.sku, quantity: state.multiplier ?? 1 }],
        consumed: true,
      };
  }
}

function extendRun(state: ScannerState, key: string, at: number): Pick<ScannerState, 'run' | 'runStartedAt' | 'runLastAt'> {
  if (key < '0' || key > '9') return noRun;
  const continues = state.run !== '' && at - state.runLastAt <= MAX_BURST_GAP_MS;
  return continues ? { run: state.run + key, runStartedAt: state.runStartedAt, runLastAt: at } : { run: key, runStartedAt: at, runLastAt: at };
}

/** The run, when it and the Enter that ends it came at a scanner's pace. */
function burstEndingAt(state: ScannerState, at: number): string | undefined {
  if (state.run.length < MIN_BURST_LENGTH || at - state.runLastAt > MAX_BURST_GAP_MS) return undefined;
  // n characters and the Enter make n pauses.
  return (at - state.runStartedAt) / state.run.length <= MAX_BURST_AVERAGE_MS ? state.run : undefined;
}

function enter(state: ScannerState, at: number, focus: Focus): ScannerStep {
  const cleared = { ...state, ...noRun };
  if (focus === 'guarded') {
    const burst = burstEndingAt(state, at);
    if (burst === undefined) return pass(cleared);
    return {
      state: { ...cleared, multiplier: null },
      outputs: [{ type: 'scan', code: burst, quantity: state.multiplier ?? 1, typedIntoField: burst.length }],
      consumed: true,
    };
  }
  // The Barcode field and free focus never look at timing: whatever was typed is the scan. Key
  // timings are only as good as the main thread is free, and a split code is worse than a slow one.
  return scanBuffer(cleared, state.buffer);
}

function scanBuffer(state: ScannerState, buffer: string): ScannerStep {
  const code = buffer.trim();
  if (code === '') return pass({ ...state, buffer: '' });
  return {
    state: { ...state, buffer: '', multiplier: null },
    outputs: [{ type: 'scan', code, quantity: state.multiplier ?? 1, typedIntoField: 0 }],
    consumed: true,
  };
}

function multiply(state: ScannerState): ScannerStep {
  const typed = state.buffer.trim();
  if (typed === '') return { state, outputs: [{ type: 'ask-quantity' }], consumed: true };
  const reading = readQuantity(typed);
  // A refused quantity is cleared with its refusal: left in the field, it would be glued onto the next scan's digits.
  if (!reading.ok) return refuse({ ...state, buffer: '' }, reading.message);
  return setMultiplier({ ...state, buffer: '' }, reading.quantity);
}

function setMultiplier(state: ScannerState, quantity: number): ScannerStep {
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_MULTIPLIER) {
    return refuse(state, `A quantity is from 1 to ${MAX_MULTIPLIER}`);
  }
  return take({ ...state, multiplier: quantity });
}

function refuse(state: ScannerState, message: string): ScannerStep {
  return { state, outputs: [{ type: 'refused', message }], consumed: true };
}

const take = (state: ScannerState): ScannerStep => ({ state, outputs: [], consumed: true });
const pass = (state: ScannerState): ScannerStep => ({ state, outputs: [], consumed: false });
