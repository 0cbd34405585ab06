import type { Focus } from './scanner/scanner-machine';

/**
 * The till's keyboard shortcuts: the help overlay lists them from here, and the key handler
 * matches them here, so the two never disagree.
 *
 * Digits and Enter are never shortcuts: they belong to the scanner. Single printable keys (`?`,
 * `/`, `+`, `-`) only count where they would not be typed into a field; function keys and
 * Ctrl combinations work everywhere. Keys that take from a line (`-`, Delete) act only on a line
 * the cashier selected on purpose, never on the newest line by default: the till decides that,
 * since only it knows how the line was selected (`-` is then typed, so `-3 ×` is refused as a quantity).
 */
export type ShortcutId = 'help' | 'search' | 'pay' | 'more' | 'fewer' | 'previous-line' | 'next-line' | 'void-line' | 'undo' | 'void-sale' | 'park';

export interface Shortcut {
  readonly id: ShortcutId;
  /** Keys as printed on the help overlay; any one of them works. */
  readonly keys: readonly string[];
  readonly description: string;
}

/** Shortcuts in the order the help overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'pay', keys: ['F12', 'Ctrl+Enter'], description: 'Pay; in Pay, complete the sale once nothing is owed' },
  { id: 'undo', keys: ['Ctrl+Z'], description: 'Undo the last action: a scan, a quantity change or a void' },
  { id: 'more', keys: ['+'], description: 'One more of the selected line' },
  { id: 'fewer', keys: ['-'], description: 'One fewer of the line you selected (tap it, or ↑/↓)' },
  { id: 'previous-line', keys: ['↑'], description: 'Select the line above' },
  { id: 'next-line', keys: ['↓'], description: 'Select the line below' },
  { id: 'void-line', keys: ['Delete'], description: 'Void the line you selected (tap it, or ↑/↓); Ctrl+Z puts it back' },
  { id: 'void-sale', keys: ['F8'], description: 'Void the whole sale (asks first)' },
  { id: 'park', keys: ['F9'], description: 'Park the sale (set it aside and serve the next customer); recall it from Parked sales' },
  { id: 'search', keys: ['F2', '/'], description: 'Find a product by name' },
  { id: 'help', keys: ['F1', '?'], description: 'Show this help' },
];

/** Keys that are not shortcuts but that the help overlay explains. */
export const OTHER_KEYS: readonly { readonly keys: readonly string[]; readonly description: string }[] = [
  { keys: ['0-9', 'Enter'], description: 'Type a barcode or SKU, then Enter (a scanner does this for you, whatever has focus)' },
  { keys: ['*'], description: 'Quantity: type a whole number, then * (or ×); the next scan or product counts that many (over 50 asks first)' },
  { keys: ['Esc'], description: 'Clear what was typed and the quantity; close a dialog' },
];

/** The parts of a keyboard event a shortcut depends on. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * The shortcut a key press means, if any.
 *
 * @param focus - Where focus is (see the scanner machine).
 * @param typing - Whether the Barcode field or the scanner holds typed characters: then single
 *   keys, arrows, Delete and Ctrl+Z edit the typing instead.
 */
export function shortcutFor(press: KeyPress, focus: Focus, typing: boolean): ShortcutId | undefined {
  const command = press.ctrlKey || press.metaKey;
  if (press.altKey) return undefined;
  if (press.key === 'F1') return 'help';
  if (press.key === 'F2') return 'search';
  if (press.key === 'F8') return 'void-sale';
  if (press.key === 'F9') return 'park';
  if (press.key === 'F12' || (command && press.key === 'Enter')) return 'pay';
  // Everything below would otherwise type into, or edit, a field.
  if (focus === 'guarded') return undefined;
  // Ctrl+Shift+Z is redo elsewhere; the till has no redo, so it is nothing here.
  if (command) return !typing && !press.shiftKey && press.key.toLowerCase() === 'z' ? 'undo' : undefined;
  // With something typed, keys edit it (a SKU may hold a dash or a slash).
  if (typing) return undefined;
  if (press.key === '?') return 'help';
  if (press.key === '/') return 'search';
  if (press.key === 'ArrowUp') return 'previous-line';
  if (press.key === 'ArrowDown') return 'next-line';
  if (press.key === '+') return 'more';
  if (press.key === '-') return 'fewer';
  if (press.key === 'Delete') return 'void-line';
  return undefined;
}
