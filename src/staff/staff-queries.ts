import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DEMO_STAFF } from './demo-staff';
import { tillStaff } from './staff-loader';

/** Query options for the staff list and the idle lock time, kept in IndexedDB. */
export const staffQueries = {
  all: () => ['staff'] as const,
  /**
   * Every member (disabled ones too). With `seedDemo`, a store with no staff first gets the demo
   * staff (see `demo-staff.ts` for when the app asks for that).
   */
  members: (seedDemo: boolean) =>
    queryOptions({
      queryKey: [...staffQueries.all(), 'members', seedDemo] as const,
      queryFn: async () => {
        const staff = await tillStaff();
        if (seedDemo) await staff.seedIfEmpty(DEMO_STAFF);
        return staff.members();
      },
      staleTime: Infinity,
    }),
  idleMinutes: () =>
    queryOptions({
      queryKey: [...staffQueries.all(), 'idle-minutes'] as const,
      queryFn: async () => (await tillStaff()).idleMinutes(),
      staleTime: Infinity,
    }),
};

/** After any change to the staff: every screen reads the list again. */
export function staffChanged(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: staffQueries.all() });
}
