import { useEffect } from 'react';
import { idleLockAt } from './idle-lock';

/** The shortcut that locks the till at once. */
export const LOCK_SHORTCUT = { key: 'l', ctrlKey: true, label: 'Ctrl+L' } as const;

/**
 * Locks after `minutes` without a key, a touch or a click, and at once on Ctrl+L. Activity is
 * watched on `window` in the capture phase, so no screen can swallow it; the timer is set for the
 * moment the idle time runs out (`idleLockAt`), not polled.
 */
export function useIdleLock(active: boolean, minutes: number, onLock: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      const now = Date.now();
      timer = setTimeout(onLock, idleLockAt(now, minutes) - now);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && !event.altKey && event.key.toLowerCase() === LOCK_SHORTCUT.key) {
        event.preventDefault();
        clearTimeout(timer);
        onLock();
        return;
      }
      restart();
    };
    restart();
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', restart, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', restart, true);
    };
  }, [active, minutes, onLock]);
}
