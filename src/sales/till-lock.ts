/** Whether this tab is the till: `checking` for the moment it takes to ask. */
export type TillOwnership = 'checking' | 'owner' | 'elsewhere';

const LOCK = 'till.journal';
/** How long the BroadcastChannel fallback waits for an owner to answer. */
const ANSWER_MS = 250;

/**
 * Claims the till for this tab, for the tab's life: only one tab per browser profile sells, so
 * receipt numbers never collide and two tabs never write over one basket. With Web Locks the lock
 * is held until the tab closes; a tab refused waits in line and becomes the till when the other
 * closes. Without Web Locks, tabs ask over a BroadcastChannel whether one already owns the till (a
 * best effort: two tabs opened in the same instant could both win). With neither, the tab is the till.
 */
export function claimTill(onChange: (ownership: TillOwnership) => void): void {
  onChange('checking');
  if (typeof navigator !== 'undefined' && navigator.locks !== undefined) {
    const hold = () => new Promise<void>(() => {});
    void navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
      if (lock !== null) {
        onChange('owner');
        return hold();
      }
      onChange('elsewhere');
      void navigator.locks.request(LOCK, () => {
        onChange('owner');
        return hold();
      });
      return undefined;
    });
    return;
  }
  if (typeof BroadcastChannel === 'undefined') {
    onChange('owner');
    return;
  }
  const channel = new BroadcastChannel(LOCK);
  let ownership: TillOwnership = 'checking';
  const set = (next: TillOwnership) => {
    ownership = next;
    onChange(next);
  };
  const ask = () => {
    set('checking');
    channel.postMessage('who-owns');
    setTimeout(() => ownership === 'checking' && set('owner'), ANSWER_MS);
  };
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'who-owns' && ownership === 'owner') channel.postMessage('owned');
    else if (event.data === 'owned' && ownership === 'checking') set('elsewhere');
    else if (event.data === 'released' && ownership === 'elsewhere') ask();
  };
  window.addEventListener('pagehide', () => ownership === 'owner' && channel.postMessage('released'));
  ask();
}
