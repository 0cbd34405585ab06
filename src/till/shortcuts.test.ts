import { describe, expect, it } from 'vitest';
import type { Focus } from './scanner/scanner-machine';
import { SHORTCUTS, shortcutFor, type KeyPress, type ShortcutId } from './shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('shortcuts', () => {
  it.each<[string, KeyPress, Focus, boolean, ShortcutId | undefined]>([
    ['F1 is help anywhere', press('F1'), 'guarded', false, 'help'],
    ['? is help on the till', press('?'), 'free', false, 'help'],
    ['? types into a text field', press('?'), 'guarded', false, undefined],
    ['F12 pays', press('F12'), 'barcode', true, 'pay'],
    ['Ctrl+Enter pays, even from a text field', press('Enter', { ctrlKey: true }), 'guarded', false, 'pay'],
    ['Enter alone belongs to the scanner', press('Enter'), 'free', false, undefined],
    ['digits belong to the scanner', press('7'), 'free', false, undefined],
    ['Ctrl+Z undoes the last scan', press('z', { ctrlKey: true }), 'barcode', false, 'undo'],
    ['Ctrl+Z undoes typing when something is typed', press('z', { ctrlKey: true }), 'barcode', true, undefined],
    ['Ctrl+Shift+Z is not undo', press('Z', { ctrlKey: true, shiftKey: true }), 'free', false, undefined],
    ['+ adds one to the selected line', press('+'), 'free', false, 'more'],
    ['- takes one off', press('-'), 'barcode', false, 'fewer'],
    ['- is typed when something is typed (a SKU with a dash)', press('-'), 'barcode', true, undefined],
    ['Delete voids the selected line', press('Delete'), 'free', false, 'void-line'],
    ['F8 voids the sale', press('F8'), 'guarded', false, 'void-sale'],
    ['F9 parks the sale, wherever focus is', press('F9'), 'guarded', false, 'park'],
    ['/ searches', press('/'), 'free', false, 'search'],
    ['/ is typed when something is typed', press('/'), 'barcode', true, undefined],
    ['↓ selects the next line', press('ArrowDown'), 'barcode', false, 'next-line'],
    ['Alt combinations are the browser’s', press('F1', { altKey: true }), 'free', false, undefined],
  ])('%s', (_name, key, focus, typing, expected) => {
    expect(shortcutFor(key, focus, typing)).toBe(expected);
  });

  it('lists every shortcut once on the help overlay', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
