import { keepForLater } from './pending-scans';
import { dispatchScanner } from './scanner-store';
import { focusOf, scannerEventFor } from './key-events';

/** Whether the till screen's own listener is up; until it is, this one takes the keys. */
let tillListening = false;

/** The till screen's listener says when it is up and when it is gone. */
export function setTillListening(listening: boolean): void {
  tillListening = listening;
}

/**
 * Listens from the moment the app's script runs, before React has drawn anything, so that a
 * scanner's keys typed while the till is still loading (its price book, the saved sale) build
 * their codes as usual. The scans wait in the pending queue, and the till takes them, in order,
 * as soon as it is up. Only on the till's own page: elsewhere keys are the page's.
 */
export function installEarlyWedge(isTillPage: () => boolean): void {
  window.addEventListener(
    'keydown',
    (press) => {
      if (tillListening || press.defaultPrevented || press.isComposing || !isTillPage()) return;
      const event = scannerEventFor(press, focusOf(document.activeElement, null));
      if (event === undefined) return;
      const step = dispatchScanner(event);
      if (step.consumed) press.preventDefault();
      step.outputs.forEach(keepForLater);
    },
    { capture: true },
  );
}
