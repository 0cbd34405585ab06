import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Offer, PriceBook } from '../../pricing';
import type { EditRecord, PreparedEdit } from './book-edits';

/** Tabs tell each other about saved edits, so a till open in another tab re-prices at once. */
const CHANNEL = 'till-backoffice-edits';

/** Query options for the stored edits of books, keys from generic to specific. */
export const bookEditQueries = {
  all: () => ['book-edits'] as const,

  /** The edits stored for one book address (null when none). */
  forUrl: (url: string) =>
    queryOptions({
      queryKey: [...bookEditQueries.all(), url] as const,
      queryFn: async (): Promise<EditRecord | null> => {
        // No IndexedDB (a private window in some browsers, a test's DOM): the shipped book stands.
        if (typeof indexedDB === 'undefined') return null;
        const { readEdit } = await import('./book-edits-db');
        return readEdit(url);
      },
      // Another tab may have saved: read again when this one comes back into focus.
      staleTime: 0,
      refetchOnWindowFocus: true,
    }),
};

/** Refetches a book's edits whenever another tab says it saved them. */
export function useEditBroadcasts(): void {
  const client = useQueryClient();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<{ url?: unknown }>) => {
      if (typeof event.data.url === 'string') void client.invalidateQueries({ queryKey: bookEditQueries.forUrl(event.data.url).queryKey });
    };
    return () => channel.close();
  }, [client]);
}

function announce(url: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ url });
  channel.close();
}

/** The stored edits of a book (null when none), kept fresh across tabs. */
export function useEditRecord(url: string) {
  useEditBroadcasts();
  return useQuery(bookEditQueries.forUrl(url));
}

/** Saves and resets a book's edits, updating this tab at once and telling the others. */
export function useBookEditor(url: string, shipped: PriceBook) {
  const client = useQueryClient();
  const key = bookEditQueries.forUrl(url).queryKey;
  return {
    /** Validates and stores the edited book; on problems nothing is stored. */
    save: async (draft: unknown, parked: readonly Offer[]): Promise<PreparedEdit> => {
      const { saveEdit } = await import('./book-edits-db');
      const prepared = await saveEdit(url, shipped, draft, parked);
      if (prepared.ok) {
        client.setQueryData(key, prepared.record);
        announce(url);
      }
      return prepared;
    },
    /** Goes back to the shipped book. */
    reset: async (): Promise<void> => {
      const { resetEdit, readEdit } = await import('./book-edits-db');
      await resetEdit(url, shipped);
      client.setQueryData(key, await readEdit(url));
      announce(url);
    },
  };
}
