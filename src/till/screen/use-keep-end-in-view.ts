import { useEffect, type RefObject } from 'react';

/** How near the end counts as at the end, in CSS pixels: the list's bottom padding and a little more. */
const NEAR_END_PX = 24;

/**
 * Keeps a scrolled list showing its end when the list's box gets shorter, if it showed its end
 * before. The receipt's newest line is at its end, and the panel under the list grows after a scan
 * (the hints arrive from a worker a moment later): without this the newest line slid out of sight.
 * A cashier who scrolled up to look at an earlier line is left where they are.
 */
export function useKeepEndInView(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const nearEnd = () => element.scrollHeight - element.scrollTop - element.clientHeight <= NEAR_END_PX;
    let atEnd = nearEnd();
    let height = element.clientHeight;
    const onScroll = () => {
      atEnd = nearEnd();
    };
    // Called after layout and before paint: the end is back in view in the same frame.
    const observer = new ResizeObserver(() => {
      if (element.clientHeight < height && atEnd) element.scrollTop = element.scrollHeight;
      height = element.clientHeight;
      atEnd = nearEnd();
    });
    element.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(element);
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, [ref]);
}
