import { readDisplayMessage, receiveState, type DisplayContent, type DisplayMessage, type DisplayView, type StateMessage } from './display-message';

/** The channel's name: one per browser profile, shared by the till and every display window. */
export const DISPLAY_CHANNEL = 'till:customer-display';

/** The till's side: publishes what the customer should see. */
export interface DisplayPublisher {
  /** Shows `content` on every open display, now and to any display that opens later. */
  publish(content: DisplayContent): void;
  close(): void;
}

function newSession(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

/**
 * Opens the till's side of the customer display. It answers every display's `hello` with the
 * latest content, so a display opened (or reloaded) mid-sale catches up at once.
 */
export function createDisplayPublisher(initial: DisplayContent, channelName = DISPLAY_CHANNEL): DisplayPublisher {
  const channel = new BroadcastChannel(channelName);
  const session = newSession();
  let latest: StateMessage = { type: 'state', session, revision: 0, content: initial };
  const post = (message: DisplayMessage) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (readDisplayMessage(event.data)?.type === 'hello') post(latest);
  };
  post(latest);
  return {
    publish(content) {
      latest = { type: 'state', session, revision: latest.revision + 1, content };
      post(latest);
    },
    close() {
      channel.close();
    },
  };
}

/**
 * Opens a display's side: asks the till for the current state, then calls `onChange` with every
 * newer state. Gives the function that closes it.
 */
export function subscribeToDisplay(onChange: (view: StateMessage) => void, channelName = DISPLAY_CHANNEL): () => void {
  const channel = new BroadcastChannel(channelName);
  let view: DisplayView;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readDisplayMessage(event.data);
    if (message?.type !== 'state') return;
    const next = receiveState(view, message);
    if (next !== view && next !== undefined) {
      view = next;
      onChange(next);
    }
  };
  channel.postMessage({ type: 'hello' } satisfies DisplayMessage);
  return () => channel.close();
}
