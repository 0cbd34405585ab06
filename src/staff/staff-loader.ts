import type { StaffRepository } from './staff-db';

let opening: Promise<StaffRepository> | undefined;

/**
 * This till's staff database, opened once. Dexie and the repository load with a dynamic `import()`
 * so they stay out of the till's entry chunk. A failure is described in plain words and the next
 * call tries again.
 */
export function tillStaff(): Promise<StaffRepository> {
  opening ??= import('./staff-db')
    .then(({ openStaff }) => {
      if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is missing', 'SecurityError');
      return openStaff({ indexedDB, IDBKeyRange });
    })
    .catch((error: unknown) => {
      opening = undefined;
      console.error('The staff list could not be opened', error);
      throw new Error('The staff list could not be opened: this browser will not let the till keep data (private browsing, or site storage turned off).', { cause: error });
    });
  return opening;
}
