import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { PinAttempts } from './lockout-rules';
import type { StaffMember } from './staff-member';

// The staff's IndexedDB database: its tables and version. `staff-db.ts` is what the rest calls.

export interface AttemptsRow extends PinAttempts {
  readonly id: string;
}

interface SettingsRow {
  readonly key: 'settings';
  readonly idleMinutes: number;
}

export class StaffDatabase extends Dexie {
  staff!: EntityTable<StaffMember, 'id'>;
  attempts!: EntityTable<AttemptsRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;

  constructor(name: string, options: StaffOptions) {
    super(name, {
      ...(options.indexedDB === undefined ? {} : { indexedDB: options.indexedDB }),
      ...(options.IDBKeyRange === undefined ? {} : { IDBKeyRange: options.IDBKeyRange }),
      // A new PIN or a lockout must survive a power cut straight after the screen confirms it.
      chromeTransactionDurability: 'strict',
    });
    this.version(1).stores({ staff: '&id', attempts: '&id', settings: '&key' });
  }
}

/** Where and how to open the staff database. Tests pass fake-indexeddb's factory and small iterations. */
export interface StaffOptions {
  /** The database name (default `till-staff`). */
  readonly name?: string;
  readonly indexedDB?: DexieOptions['indexedDB'];
  readonly IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /** PBKDF2 iterations for new PINs, and the least accepted; lowered only by unit tests. */
  readonly iterations?: { readonly hash: number; readonly minimum: number };
}
