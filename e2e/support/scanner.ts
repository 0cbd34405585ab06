import type { CDPSession, Page } from '@playwright/test';

/** What the DevTools protocol needs to type one character as a keyboard does. */
function keyOf(char: string): { key: string; code: string; windowsVirtualKeyCode: number; text: string } {
  if (/^[0-9]$/.test(char)) return { key: char, code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0), text: char };
  if (/^[A-Za-z]$/.test(char)) {
    const upper = char.toUpperCase();
    return { key: char, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), text: char };
  }
  if (char === '\r') return { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' };
  const punctuation: Record<string, [string, number]> = { '-': ['Minus', 189], '.': ['Period', 190], '/': ['Slash', 191] };
  const found = punctuation[char];
  if (found !== undefined) return { key: char, code: found[0], windowsVirtualKeyCode: found[1], text: char };
  throw new Error(`The scanner types digits, letters, '-', '.' and '/' only, not ${JSON.stringify(char)}`);
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Types a code and Enter as a USB keyboard-wedge scanner does: every key stamped with the time the
 * scanner sent it, `gapMs` apart. A real scanner's keys carry the operating system's input time,
 * however late a busy page gets round to them; Playwright's keyboard stamps each key when the page
 * receives it, which on a loaded machine stretches a 40 ms burst to seconds. The till reads those
 * stamps to tell a scanner from a person, so this is how a test gives it a scanner.
 */
export async function scanLikeAScanner(page: Page, code: string, gapMs = 3): Promise<void> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const cdp = await session;
  let at = Date.now() / 1000;
  for (const char of `${code}\r`) {
    const key = keyOf(char);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, unmodifiedText: key.text, timestamp: at });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: key.key, code: key.code, windowsVirtualKeyCode: key.windowsVirtualKeyCode, timestamp: at });
    at += gapMs / 1000;
  }
}
