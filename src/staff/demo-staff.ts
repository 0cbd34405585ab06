import type { NewMember } from './staff-rules';

/**
 * The demo store's staff, seeded only into a till with no staff at all that is started on one of
 * the app's own books (the shipped demo books, and the test books the end-to-end tests use). A real
 * store (a book from anywhere else) starts with "Create the first manager" instead. The PINs are
 * public (the README states them): a demo till is for trying the till, not for taking money.
 */
export const DEMO_STAFF: readonly (NewMember & { readonly id: string })[] = [
  { id: '1', name: 'Morgan', role: 'manager', pin: '1111' },
  { id: '2', name: 'Sam', role: 'supervisor', pin: '2222' },
  { id: '3', name: 'Alex', role: 'cashier', pin: '3333' },
];

/**
 * Whether a till started on the book at `bookPath` (an address path on this site) gets the demo
 * staff when it has none: only the books the app ships under `<base>books/`.
 */
export function seedsDemoStaff(bookPath: string, base: string): boolean {
  return bookPath.startsWith(`${base}books/`);
}
