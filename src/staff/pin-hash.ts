import type { PinHash } from './staff-member';

/**
 * PBKDF2 iterations for a new PIN hash. A 4-digit PIN has only 10,000 values, so the hash cannot
 * make guessing hard on its own: it makes a stolen database slow to search (about 10,000 × this many
 * SHA-256 rounds per operator), while the lockout (`lockout-rules.ts`) stops guessing at the till.
 */
export const PIN_ITERATIONS = 210_000;
/** The fewest iterations a stored hash may have; a weaker one is refused at sign-in. */
export const MIN_PIN_ITERATIONS = 100_000;

const SALT_BYTES = 16;
const HASH_BITS = 256;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/**
 * Compares two byte strings in time that depends only on their lengths, never on where they first
 * differ, so timing tells an attacker nothing about how close a guess was.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Hashes a PIN with a fresh random salt (WebCrypto PBKDF2-SHA-256). `iterations` is for tests only. */
export async function hashPin(pin: string, iterations: number = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { pinHash: toBase64(hash), salt: toBase64(salt), iterations };
}

/**
 * Whether `pin` is the PIN behind `stored`. A hash made with fewer than `minimum` iterations never
 * matches (`minimum` is lowered only by tests).
 */
export async function pinMatches(stored: PinHash, pin: string, minimum: number = MIN_PIN_ITERATIONS): Promise<boolean> {
  if (stored.iterations < minimum) return false;
  const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return equalBytes(hash, fromBase64(stored.pinHash));
}
