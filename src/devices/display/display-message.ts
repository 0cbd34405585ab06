import * as z from 'zod/mini';

/**
 * What the customer display shows and the messages the till and the display exchange over a
 * `BroadcastChannel`. Pure: no DOM. Money is in integer minor units of `currency`.
 */

/** A line as the customer sees it. */
export interface DisplayLine {
  readonly name: string;
  /** The small print: "3 × £0.65", "0.512 kg @ £0.79/kg". */
  readonly detail?: string | undefined;
  /** What the line costs before discounts, in minor units. */
  readonly amount: number;
}

/** A saving as it happens: "You saved £2.15 with Meal deal". */
export interface DisplaySaving {
  /** The offer's label: "Meal deal". */
  readonly label: string;
  /** In minor units, positive. */
  readonly amount: number;
}

/** A payment taken. */
export interface DisplayTender {
  readonly kind: 'cash' | 'card';
  readonly amount: number;
}

/**
 * The whole screen the customer sees, in one of four phases: `idle` (no sale: a welcome), `sale`
 * (lines, savings, total), `paying` (the same, with the tenders so far and what is left to pay),
 * `thank-you` (the total, the tenders, the change).
 */
export interface DisplayContent {
  readonly phase: 'idle' | 'sale' | 'paying' | 'thank-you';
  readonly storeName: string;
  /** ISO 4217. */
  readonly currency: string;
  readonly lines: readonly DisplayLine[];
  readonly savings: readonly DisplaySaving[];
  /** What the customer pays, in minor units. */
  readonly total: number;
  readonly tenders: readonly DisplayTender[];
  /** Change given, in minor units. */
  readonly change: number;
}

/** Nothing to show: the welcome screen. */
export function idleContent(storeName: string, currency: string): DisplayContent {
  return { phase: 'idle', storeName, currency, lines: [], savings: [], total: 0, tenders: [], change: 0 };
}

/**
 * Sent by the till whenever what the customer sees changes, and in answer to `hello`. `session`
 * names one load of the till page and `revision` counts its messages, so a display never goes back
 * to an older state that arrives late, yet follows a till that has just reloaded.
 */
export interface StateMessage {
  readonly type: 'state';
  readonly session: string;
  readonly revision: number;
  readonly content: DisplayContent;
}

/** Sent by a display when it opens (or reloads): "what should I show?". */
export interface HelloMessage {
  readonly type: 'hello';
}

export type DisplayMessage = StateMessage | HelloMessage;

const money = z.int().check(z.nonnegative());

const contentSchema = z.object({
  phase: z.enum(['idle', 'sale', 'paying', 'thank-you']),
  storeName: z.string(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  lines: z.array(z.object({ name: z.string(), detail: z.optional(z.string()), amount: money })),
  savings: z.array(z.object({ label: z.string(), amount: money })),
  total: money,
  tenders: z.array(z.object({ kind: z.enum(['cash', 'card']), amount: money })),
  change: money,
});

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), session: z.string(), revision: z.int(), content: contentSchema }),
  z.object({ type: z.literal('hello') }),
]);

/** Reads a message off the channel; anything else (another app's message, an older version's) is `undefined`. */
export function readDisplayMessage(data: unknown): DisplayMessage | undefined {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? (parsed.data as DisplayMessage) : undefined;
}

/** What a display holds: the last state it accepted, or nothing yet. */
export type DisplayView = StateMessage | undefined;

/**
 * The display's reducer: takes a state message unless it is older than the one shown (same till
 * session, lower or equal revision). A message from a new session (the till reloaded) always wins.
 */
export function receiveState(current: DisplayView, message: StateMessage): DisplayView {
  if (current !== undefined && current.session === message.session && message.revision <= current.revision) return current;
  return message;
}
