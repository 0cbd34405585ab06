/**
 * A random (version 4) UUID: a sale's id (the journal's idempotency key), a refund's, a Z report's.
 * `crypto.randomUUID` exists only in secure contexts; a till served over plain http on a shop's
 * network has `getRandomValues` only, so the UUID is built from that there.
 */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  // Version 4 in the high nibble of byte 6; the RFC 4122 variant (10xx) in the top bits of byte 8.
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
