import { useState, type ReactNode } from 'react';
import { beepRefusal } from '../scanner/beep';
import { Feedback, type FeedbackMessage } from '../screen/feedback';

/** The till's one alert line: refusals (with a beep) and notices of what the till just did. */
export interface TillFeedback {
  /** The alert, ready to place (in the scan area, or inside the open dialog). */
  readonly alert: ReactNode;
  /** Shows why something was refused, and beeps. */
  readonly refuse: (message: string) => void;
  /** Shows what the till did at the cashier's word, without a beep. */
  readonly notify: (message: string) => void;
  readonly clear: () => void;
}

export function useFeedback(): TillFeedback {
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);
  return {
    alert: <Feedback message={feedback} onDismiss={() => setFeedback(null)} />,
    refuse: (message) => {
      setFeedback((previous) => ({ message, serial: (previous?.serial ?? 0) + 1 }));
      beepRefusal();
    },
    notify: (message) => setFeedback((previous) => ({ message, serial: (previous?.serial ?? 0) + 1, tone: 'notice' })),
    clear: () => setFeedback(null),
  };
}
