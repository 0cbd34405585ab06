import { describe, expect, it } from 'vitest';
import { enrolmentFrom, isEnrolment, parseHqAddress } from './enrolment';

describe('the head office address', () => {
  it.each([
    ['http://hq.example:8787', 'http://hq.example:8787'],
    ['  https://hq.example/chain/  ', 'https://hq.example/chain'],
    ['127.0.0.1:8787', 'http://127.0.0.1:8787'],
  ])('reads %j as %s', (typed, baseUrl) => {
    expect(parseHqAddress(typed)).toEqual({ ok: true, baseUrl });
  });

  it.each([
    ['', 'Enter head office'],
    ['ftp://hq.example', 'http:// or https://'],
    ['http://hq.example/?x=1', 'no ? or #'],
    ['http://exa mple', 'is not an address'],
  ])('refuses %j, saying why', (typed, words) => {
    const result = parseHqAddress(typed);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(words);
  });
});

describe('enrolling', () => {
  const at = '2026-12-07T10:00:00.000Z';
  const enrol = (answer: Parameters<typeof enrolmentFrom>[0]) => enrolmentFrom(answer, 'http://hq', 'tok', 'till-1', at);

  it('enrols when head office names this till', () => {
    expect(enrol({ kind: 'till', store: 'north', storeName: 'North', till: 'till-1' })).toEqual({
      ok: true,
      enrolment: { baseUrl: 'http://hq', token: 'tok', store: 'north', storeName: 'North', till: 'till-1', at },
    });
  });

  it.each([
    ['a token of another till', { kind: 'till', store: 'north', storeName: 'North', till: 'till-9' } as const, 'for till “till-9” of North, but this till is “till-1”'],
    ['a revoked or unknown token', { kind: 'unauthorized', message: 'x' } as const, 'does not know that token'],
    ['no answer', { kind: 'unavailable', message: 'fetch failed' } as const, 'did not answer at http://hq'],
    ['an address that is not head office', { kind: 'unavailable', status: 404, message: 'Head office answered 404' } as const, 'not a head office'],
    ['a server error', { kind: 'unavailable', status: 503, message: 'Head office answered 503: busy' } as const, 'Head office answered 503: busy. Try again'],
  ])('refuses %s, saying what to do', (_name, answer, words) => {
    const result = enrol(answer);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(words);
  });

  it('reads back only a whole enrolment', () => {
    expect(isEnrolment({ baseUrl: 'a', token: 'b', store: 'c', storeName: 'd', till: 'e', at })).toBe(true);
    expect(isEnrolment({ baseUrl: 'a', token: 'b' })).toBe(false);
    expect(isEnrolment(null)).toBe(false);
  });
});
