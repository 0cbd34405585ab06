import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';
import { shortcutFor, type ShortcutId } from '../shortcuts';
import { focusOf, scannerEventFor } from './key-events';
import type { ScannerOutput } from './scanner-machine';
import { setTillListening } from './early-wedge';
import { readScannerTyping, useScannerDispatch } from './scanner-store';

/**
 * Takes a scanner's burst back out of the text field it was typed into: the characters sit just
 * before the caret. The value is set through the native setter and announced with an `input`
 * event, so a React-controlled field updates its state as if the cashier had deleted them.
 */
function removeTypedBefore(element: Element | null, count: number): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  const end = element.selectionStart ?? element.value.length;
  const start = Math.max(0, end - count);
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, 'value')?.set;
  if (setValue === undefined) return;
  setValue.call(element, element.value.slice(0, start) + element.value.slice(end));
  element.setSelectionRange(start, start);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface KeyboardWedgeOptions {
  /** The Barcode field. */
  readonly barcodeField: RefObject<HTMLInputElement | null>;
  /** A scan, a product, a refusal, or a request for the quantity numpad. */
  readonly onOutput: (output: ScannerOutput) => void;
  /** A shortcut was pressed; return false to let the key through (e.g. while a dialog is open). */
  readonly onShortcut: (shortcut: ShortcutId) => boolean;
  /**
   * Whether every key is the scanner's for now, wherever focus is: while a sale is being recorded
   * the Payment dialog is still up, but a code scanned then is the next customer's, whole.
   */
  readonly keysAreScans?: () => boolean;
}

/**
 * Listens to every key on the page, before anything else sees it (capture phase on `window`),
 * and feeds the scanner machine and the shortcuts. Everything happens inside the key event, so
 * scans reach the basket store in the order they were typed however fast they come.
 */
export function useKeyboardWedge({ barcodeField, onOutput, onShortcut, keysAreScans }: KeyboardWedgeOptions): void {
  const dispatch = useScannerDispatch();
  const onKeyDown = useEffectEvent((press: KeyboardEvent) => {
    if (press.defaultPrevented || press.isComposing) return;
    const active = document.activeElement;
    const focus = keysAreScans?.() === true ? 'free' : focusOf(active, barcodeField.current);
    const shortcut = shortcutFor(press, focus, readScannerTyping());
    if (shortcut !== undefined && onShortcut(shortcut)) {
      press.preventDefault();
      return;
    }
    const event = scannerEventFor(press, focus);
    if (event === undefined) return;
    const step = dispatch(event);
    if (step.consumed) press.preventDefault();
    for (const output of step.outputs) {
      if (output.type === 'scan' && output.typedIntoField > 0) removeTypedBefore(active, output.typedIntoField);
      onOutput(output);
    }
  });
  // A layout effect, so the listener is there before the till is first painted: a scan that comes
  // the moment the screen appears is not lost.
  useLayoutEffect(() => {
    const listener = (press: KeyboardEvent) => onKeyDown(press);
    window.addEventListener('keydown', listener, { capture: true });
    setTillListening(true);
    return () => {
      setTillListening(false);
      window.removeEventListener('keydown', listener, { capture: true });
    };
  }, []);
}
