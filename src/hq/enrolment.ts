import type { WhoAmIResult } from './hq-client';

/** This till's enrolment at a head office, as kept in the journal's database. */
export interface Enrolment {
  /** Head office's address (`http://hq.example:8787`), no trailing slash. */
  readonly baseUrl: string;
  /** The till's token, as head office gave it once. */
  readonly token: string;
  readonly store: string;
  readonly storeName: string;
  /** The till's id at head office: the journal's own till id. */
  readonly till: string;
  /** When it was enrolled (ISO instant). */
  readonly at: string;
}

/** Reads an HQ address as typed: an http(s) origin, perhaps with a path prefix, no trailing slash. */
export function parseHqAddress(typed: string): { ok: true; baseUrl: string } | { ok: false; message: string } {
  const text = typed.trim();
  if (text === '') return { ok: false, message: 'Enter head office’s address, such as http://hq.example:8787' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return { ok: false, message: `“${text}” is not an address: it looks like http://hq.example:8787` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: 'Head office’s address starts with http:// or https://' };
  if (url.search !== '' || url.hash !== '') return { ok: false, message: 'Head office’s address has no ? or # part' };
  return { ok: true, baseUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, '') };
}

/**
 * Whether head office's answer to "who am I" enrols this till: the token must name this till's own
 * id (its journal's entries carry it, and head office refuses entries of another till). Gives the
 * enrolment, or what the manager should do, in plain words.
 */
export function enrolmentFrom(answer: WhoAmIResult, baseUrl: string, token: string, tillId: string, at: string): { ok: true; enrolment: Enrolment } | { ok: false; message: string } {
  switch (answer.kind) {
    case 'unauthorized':
      return { ok: false, message: 'Head office does not know that token, or it was revoked: ask head office for a new token for this till.' };
    case 'unavailable':
      if (answer.status === undefined) return { ok: false, message: `Head office did not answer at ${baseUrl}: check the address, the network, and that head office is running.` };
      if (answer.status === 404 || answer.status === 405) return { ok: false, message: `${baseUrl} answered, but it is not a head office: check the address.` };
      return { ok: false, message: `${answer.message}. Try again in a moment.` };
    case 'till':
      if (answer.till !== tillId) {
        return { ok: false, message: `That token is for till “${answer.till}” of ${answer.storeName}, but this till is “${tillId}”: ask head office to register this till’s id.` };
      }
      return { ok: true, enrolment: { baseUrl, token, store: answer.store, storeName: answer.storeName, till: answer.till, at } };
  }
}

/** Whether a value read back from storage is an enrolment (anything else is ignored, as if never enrolled). */
export function isEnrolment(value: unknown): value is Enrolment {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['baseUrl', 'token', 'store', 'storeName', 'till', 'at'].every((k) => typeof v[k] === 'string');
}
