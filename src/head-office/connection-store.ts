import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AdminConnection } from './admin-client';

/** The console's events. */
export interface ConnectionActions {
  /** Head office answered with these: the console uses them until disconnected or the tab closes. */
  connected: (connection: AdminConnection) => void;
  disconnected: () => void;
}

interface ConnectionState {
  readonly connection: AdminConnection | null;
  readonly actions: ConnectionActions;
}

/**
 * The head office address and admin token, kept in `sessionStorage` only: they survive a reload
 * of the tab but not its closing, and never reach `localStorage`, a log or a URL.
 */
const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      connection: null,
      actions: {
        connected: (connection) => set({ connection: { baseUrl: connection.baseUrl, token: connection.token } }),
        disconnected: () => set({ connection: null }),
      },
    }),
    {
      name: 'till.head-office.connection',
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ connection: state.connection }),
    },
  ),
);

/** The connection in use, or null. */
export const useConnection = () => useConnectionStore((state) => state.connection);
export const useConnectionActions = () => useConnectionStore((state) => state.actions);
