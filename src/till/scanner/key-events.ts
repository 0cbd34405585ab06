import type { Focus, ScannerEvent } from './scanner-machine';

/** Input types that take no typed text: keys pressed on them are free for the scanner. */
const NOT_TEXT = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Where focus is, for the scanner machine. Any open dialog guards its keys. */
export function focusOf(element: Element | null, barcodeField: Element | null): Focus {
  if (element !== null && element === barcodeField) return 'barcode';
  if (document.querySelector('dialog[open]') !== null) return 'guarded';
  if (!(element instanceof HTMLElement)) return 'free';
  const takesText =
    element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLInputElement && !NOT_TEXT.has(element.type));
  return takesText ? 'guarded' : 'free';
}

/** The scanner machine's event for a key press, if the key is one it reads. */
export function scannerEventFor(press: KeyboardEvent, focus: Focus): ScannerEvent | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const at = press.timeStamp;
  switch (press.key) {
    case 'Enter':
      return { type: 'enter', at, focus };
    case 'Backspace':
      return { type: 'backspace', focus };
    case 'Escape':
      return { type: 'escape', focus };
    case '*':
      if (focus !== 'guarded') return { type: 'multiply' };
      break;
    case ' ':
      // Space presses a focused button; it is never part of a code.
      if (focus === 'free') return undefined;
      break;
  }
  return press.key.length === 1 ? { type: 'key', key: press.key, at, focus } : undefined;
}
