/**
 * A new sale id. `crypto.getRandomValues` works on plain http too (a till on a shop's LAN), where
 * `crypto.randomUUID` is missing.
 */
export function newSaleId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
