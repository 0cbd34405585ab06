/** A refusal or error for the cashier; `serial` changes each time, so the same message twice is announced twice. */
export interface FeedbackMessage {
  readonly message: string;
  readonly serial: number;
  /** A notice reports what the till did at the cashier's request ("Voided: Apples"); anything else is a refusal. */
  readonly tone?: 'notice';
}

const tones = {
  refusal: { box: 'bg-danger-50 ring-danger-600', text: 'text-danger-700', dismiss: 'text-danger-700 hover:bg-danger-300/30' },
  notice: { box: 'bg-brand-50 ring-brand-600', text: 'text-brand-800', dismiss: 'text-brand-800 hover:bg-brand-100' },
};

/**
 * The till's one alert region. The region is always there (assistive technology announces what
 * appears in it); the message appears in it, with a way to dismiss it beside, not inside, the alert.
 */
export function Feedback({ message, onDismiss }: { message: FeedbackMessage | null; onDismiss: () => void }) {
  const tone = tones[message?.tone ?? 'refusal'];
  return (
    <div className={message === null ? '' : `mt-3 flex items-start gap-2 rounded-xl py-1 pl-4 pr-1 ring-2 ring-inset ${tone.box}`}>
      <div role="alert" className="min-w-0 flex-1">
        {message !== null && (
          <p key={message.serial} className={`flex items-start gap-2 py-2.5 font-semibold ${tone.text}`}>
            <svg viewBox="0 0 24 24" className="mt-0.5 size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
              <circle cx="12" cy="12" r="9" />
              <path d="M12 7.5v5.5M12 16.5v.01" />
            </svg>
            <span>{message.message}</span>
          </p>
        )}
      </div>
      {message !== null && (
        <button type="button" onClick={onDismiss} className={`min-h-12 shrink-0 rounded-lg px-3 text-sm font-semibold ${tone.dismiss}`}>
          Dismiss
        </button>
      )}
    </div>
  );
}
