import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF, seedsDemoStaff } from './demo-staff';
import { openStaff } from './staff-db';

const open = () => openStaff({ indexedDB: new IDBFactory(), IDBKeyRange, iterations: { hash: 1_000, minimum: 1_000 } });

describe('the staff database', () => {
  it('creates the first manager once, then refuses a second "first" manager', async () => {
    const staff = await open();
    expect(await staff.members()).toEqual([]);
    const first = await staff.addFirstManager(' Jo ', '4321');
    expect(first.ok && first.value).toMatchObject({ id: '1', name: 'Jo', role: 'manager', disabled: false });
    expect(await staff.addFirstManager('Kim', '9999')).toEqual({ ok: false, message: 'This store already has staff: sign in instead.' });
    expect(JSON.stringify(await staff.members())).not.toContain('4321');
  });

  it('refuses a bad PIN or name and stores nothing', async () => {
    const staff = await open();
    expect(await staff.addFirstManager('Jo', '12')).toEqual({ ok: false, message: 'A PIN is 4 to 6 digits.' });
    expect(await staff.add({ name: '', role: 'cashier', pin: '1234' })).toEqual({ ok: false, message: 'Enter a name.' });
    expect(await staff.members()).toEqual([]);
  });

  it('seeds the demo staff only into an empty store', async () => {
    const staff = await open();
    expect(await staff.seedIfEmpty(DEMO_STAFF)).toBe(true);
    expect(await staff.seedIfEmpty(DEMO_STAFF)).toBe(false);
    expect((await staff.members()).map((m) => `${m.id} ${m.name} ${m.role}`)).toEqual(['1 Morgan manager', '2 Sam supervisor', '3 Alex cashier']);
    const other = await open();
    await other.addFirstManager('Jo', '4321');
    expect(await other.seedIfEmpty(DEMO_STAFF)).toBe(false);
  });

  it('checks PINs; five wrong lock that operator (only) for a minute; the right PIN then waits', async () => {
    const staff = await open();
    await staff.seedIfEmpty(DEMO_STAFF);
    expect((await staff.checkPin('3', '3333', 0)).ok).toBe(true);
    const messages = [];
    for (let i = 0; i < 5; i += 1) messages.push(await staff.checkPin('3', '0000', 1_000 + i));
    expect(messages[0]).toEqual({ ok: false, message: 'Wrong PIN. 4 tries left before a one-minute lock.' });
    expect(messages[4]).toEqual({ ok: false, message: 'Too many wrong PINs: Alex is locked for 60 more seconds.' });
    expect(await staff.checkPin('3', '3333', 30_004)).toEqual({ ok: false, message: 'Too many wrong PINs: Alex is locked for 31 more seconds.' });
    expect((await staff.checkPin('2', '2222', 30_004)).ok).toBe(true);
    expect((await staff.checkPin('3', '3333', 61_004)).ok).toBe(true);
  });

  it('a right PIN clears the count of wrong ones', async () => {
    const staff = await open();
    await staff.seedIfEmpty(DEMO_STAFF);
    for (let i = 0; i < 4; i += 1) await staff.checkPin('3', '0000', i);
    await staff.checkPin('3', '3333', 10);
    expect(await staff.checkPin('3', '0000', 11)).toEqual({ ok: false, message: 'Wrong PIN. 4 tries left before a one-minute lock.' });
  });

  it('approvals: a supervisor or manager with the right PIN; a cashier is refused', async () => {
    const staff = await open();
    await staff.seedIfEmpty(DEMO_STAFF);
    expect(await staff.approve('3', '3333', 'refund', 0)).toEqual({ ok: false, message: 'A cashier cannot approve this.' });
    expect((await staff.approve('2', '2222', 'refund', 0)).ok).toBe(true);
    expect(await staff.approve('2', '2223', 'refund', 0)).toEqual({ ok: false, message: 'Wrong PIN. 4 tries left before a one-minute lock.' });
    expect((await staff.approve('1', '1111', 'price-override', 0)).ok).toBe(true);
  });

  it('adds, disables and re-PINs staff; never disables the last manager', async () => {
    const staff = await open();
    await staff.addFirstManager('Jo', '4321');
    const added = await staff.add({ name: 'Kim', role: 'cashier', pin: '5555' });
    expect(added.ok && added.value.id).toBe('2');
    expect(await staff.setDisabled('1', true)).toEqual({ ok: false, message: 'This is the last manager who can sign in: add another manager first.' });
    expect((await staff.setDisabled('2', true)).ok).toBe(true);
    expect(await staff.checkPin('2', '5555', 0)).toEqual({ ok: false, message: 'Kim is disabled.' });
    await staff.setDisabled('2', false);
    await staff.setPin('2', '6666');
    expect((await staff.checkPin('2', '5555', 0)).ok).toBe(false);
    expect((await staff.checkPin('2', '6666', 0)).ok).toBe(true);
  });

  it('keeps the idle lock minutes, 10 until set', async () => {
    const staff = await open();
    expect(await staff.idleMinutes()).toBe(10);
    await staff.setIdleMinutes(3);
    expect(await staff.idleMinutes()).toBe(3);
  });
});

describe('which books get the demo staff', () => {
  it.each([
    ['/books/demo.json', '/', true],
    ['/books/test/corner-shop.json', '/', true],
    ['/till/books/kata.json', '/till/', true],
    ['/stores/hollybush.json', '/', false],
    ['/books/kata.json', '/till/', false],
  ])('%s under base %s: %j', (path, base, seeds) => {
    expect(seedsDemoStaff(path, base)).toBe(seeds);
  });
});
