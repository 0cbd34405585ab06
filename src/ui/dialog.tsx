import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  readonly title: string;
  /** Called for Escape and for the close button; the parent stops rendering the dialog. */
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Shown beside the title (a summary such as an amount). */
  readonly aside?: ReactNode;
  readonly size?: 'sm' | 'md' | 'lg';
  /** Label of the close button; omit to show none (the dialog's own buttons close it). */
  readonly closeLabel?: string;
}

const widths = { sm: 'w-[min(28rem,calc(100vw-2rem))]', md: 'w-[min(40rem,calc(100vw-2rem))]', lg: 'w-[min(56rem,calc(100vw-2rem))]' };

/**
 * A modal dialog on the native `<dialog>`: the browser traps focus, makes the page behind inert and
 * closes on Escape. Render it to open it, stop rendering it to close it. The element marked
 * `data-autofocus` takes focus when it opens.
 */
export function Dialog({ title, onClose, children, aside, size = 'md', closeLabel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    // Browsers without showModal (and jsdom) still get an open, labelled dialog.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`${widths[size]} m-auto max-h-[calc(100dvh-2rem)] overflow-auto rounded-2xl bg-white p-0 text-ink-900 shadow-2xl backdrop:bg-ink-950/55`}
    >
      <div className="flex items-center justify-between gap-4 border-b border-ink-200 px-6 py-4">
        <h2 id={titleId} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        <div className="flex items-center gap-3">
          {aside}
          {closeLabel !== undefined && (
            <button
              type="button"
              onClick={onClose}
              className="grid size-12 place-items-center rounded-xl text-ink-600 hover:bg-ink-100"
              aria-label={closeLabel}
            >
              <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          )}
        </div>
      </div>
      <div className="px-6 py-5">{children}</div>
    </dialog>
  );
}
