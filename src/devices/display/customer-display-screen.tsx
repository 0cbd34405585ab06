import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { DisplayContent, DisplayTender } from './display-message';
import { useCustomerDisplay } from './use-customer-display';

type Format = (amount: number) => string;

function useMoney(currency: string | undefined): Format {
  return useMemo(() => {
    const format = new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency ?? 'GBP' });
    return (amount: number) => format.format(amount / 100);
  }, [currency]);
}

const tenderName = (tender: DisplayTender) => (tender.kind === 'cash' ? 'Cash' : 'Card');

function Centred({ children }: { readonly children: ReactNode }) {
  return <div className="flex flex-1 flex-col items-center justify-center gap-6 p-10 text-center">{children}</div>;
}

function Lines({ content, format }: { readonly content: DisplayContent; readonly format: Format }) {
  const end = useRef<HTMLLIElement>(null);
  // The newest line is the one the customer looks for: keep it in view. A block body, because
  // recent Chromium returns a promise from scrollIntoView and React would call it as the cleanup.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [content.lines.length]);
  return (
    <ol aria-label="Your items" className="flex-1 overflow-y-auto px-10 py-6">
      {content.lines.map((line, i) => (
        <li key={i} className="flex items-baseline justify-between gap-6 border-b border-white/10 py-3">
          <span className="min-w-0">
            <span className="block text-3xl font-semibold">{line.name}</span>
            {line.detail !== undefined && <span className="block text-xl text-white/70">{line.detail}</span>}
          </span>
          <span className="text-3xl tabular-nums">{format(line.amount)}</span>
        </li>
      ))}
      <li ref={end} aria-hidden="true" />
    </ol>
  );
}

function Totals({ content, format }: { readonly content: DisplayContent; readonly format: Format }) {
  const paid = content.tenders.reduce((sum, t) => sum + t.amount, 0);
  return (
    <aside className="flex w-[26rem] shrink-0 flex-col gap-5 bg-white/5 p-8">
      <ul aria-label="Your savings" className="flex flex-col gap-3">
        {content.savings.map((saving, i) => (
          <li key={i} className="rounded-2xl bg-amber-300 px-5 py-3 text-2xl font-semibold text-ink-950">
            You saved {format(saving.amount)} with {saving.label}
          </li>
        ))}
      </ul>
      <div className="mt-auto flex flex-col gap-3">
        <p className="flex items-baseline justify-between text-3xl">
          <span>Total</span>
          <span aria-label="Total" className="text-6xl font-bold tabular-nums">
            {format(content.total)}
          </span>
        </p>
        {content.tenders.map((tender, i) => (
          <p key={i} className="flex justify-between text-2xl text-white/80">
            <span>{tenderName(tender)}</span>
            <span className="tabular-nums">{format(tender.amount)}</span>
          </p>
        ))}
        {content.phase === 'paying' && (
          <p className="flex justify-between text-3xl font-semibold">
            <span>Left to pay</span>
            <span className="tabular-nums">{format(Math.max(0, content.total - paid))}</span>
          </p>
        )}
      </div>
    </aside>
  );
}

function ThankYou({ content, format }: { readonly content: DisplayContent; readonly format: Format }) {
  const saved = content.savings.reduce((sum, s) => sum + s.amount, 0);
  return (
    <Centred>
      <h1 className="text-6xl font-bold">Thank you for shopping with us</h1>
      <dl className="grid grid-cols-[auto_auto] gap-x-10 gap-y-3 text-left text-4xl tabular-nums">
        <dt>Total</dt>
        <dd className="text-right font-bold">{format(content.total)}</dd>
        {content.tenders.map((tender, i) => (
          <div key={i} className="contents">
            <dt className="text-white/80">{tenderName(tender)}</dt>
            <dd className="text-right text-white/80">{format(tender.amount)}</dd>
          </div>
        ))}
        <dt>Change</dt>
        <dd aria-label="Change" className="text-right font-bold">
          {format(content.change)}
        </dd>
      </dl>
      {saved > 0 && <p className="rounded-2xl bg-amber-300 px-6 py-3 text-3xl font-semibold text-ink-950">You saved {format(saved)} today</p>}
    </Centred>
  );
}

/**
 * The screen that faces the customer (`/display`, in a second window or on a second screen): the
 * welcome, then each line and every saving as it happens with the total, the payments and what is
 * left to pay, then the change and a thank-you. It follows the till over a `BroadcastChannel`.
 */
export function CustomerDisplayScreen({ channelName }: { readonly channelName?: string }) {
  const content = useCustomerDisplay(channelName);
  const format = useMoney(content?.currency);
  return (
    <main aria-label="Customer display" className="flex h-dvh flex-col bg-brand-900 text-white">
      {content === undefined ? (
        <Centred>
          <p className="text-4xl text-white/80">Waiting for the till…</p>
        </Centred>
      ) : (
        <>
          <header className="flex h-20 shrink-0 items-center bg-black/20 px-10 text-3xl font-semibold">{content.storeName}</header>
          {content.phase === 'idle' && (
            <Centred>
              <h1 className="text-6xl font-bold">Welcome to {content.storeName}</h1>
              <p className="text-3xl text-white/80">Your items will show here as they are scanned</p>
            </Centred>
          )}
          {(content.phase === 'sale' || content.phase === 'paying') && (
            <div className="flex min-h-0 flex-1">
              <Lines content={content} format={format} />
              <Totals content={content} format={format} />
            </div>
          )}
          {content.phase === 'thank-you' && <ThankYou content={content} format={format} />}
        </>
      )}
    </main>
  );
}
