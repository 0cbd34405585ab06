import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminToken } from './admin-token';
import { bearerToken, hashToken, newToken, sameHash } from './tokens';

const folders: string[] = [];
afterEach(async () => Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true }))));

describe('the admin token', () => {
  it('is generated on first start into an owner-only file, and read back (not shown) later', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hq-token-'));
    folders.push(dir);
    const first = await adminToken(undefined, dir);
    expect(first.created).toBe(true);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(join(dir, 'admin-token'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(dir, 'admin-token'), 'utf8')).trim()).toBe(first.token);
    expect(await adminToken(undefined, dir)).toMatchObject({ token: first.token, created: false });
  });

  it('comes from HQ_ADMIN_TOKEN when set, and a short one is refused', async () => {
    expect(await adminToken('a-long-enough-admin-token', '/nonexistent')).toEqual({ token: 'a-long-enough-admin-token', created: false });
    await expect(adminToken('short', '/nonexistent')).rejects.toThrow(/at least 16/);
  });
});

describe('tokens', () => {
  it('are random, hashed with SHA-256, and compared by hash', () => {
    const a = newToken();
    expect(a).not.toBe(newToken());
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sameHash(hashToken(a), hashToken(a))).toBe(true);
    expect(sameHash(hashToken(a), hashToken(`${a}x`))).toBe(false);
    expect(sameHash('', '')).toBe(false);
  });

  it.each([
    ['Bearer abcdefghijklmnopq', 'abcdefghijklmnopq'],
    ['Basic abcdefghijklmnopq', undefined],
    ['Bearer short', undefined],
    [undefined, undefined],
  ])('reads %s as %s', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});
