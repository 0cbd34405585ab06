import { DEFAULT_IDLE_MINUTES } from './idle-lock';
import { afterWrongPin, lockoutMessage, NO_ATTEMPTS, wrongPinMessage } from './lockout-rules';
import { hashPin, MIN_PIN_ITERATIONS, PIN_ITERATIONS, pinMatches } from './pin-hash';
import { pinProblem } from './pin-rules';
import { approverProblem, type Action } from './permissions';
import { StaffDatabase, type StaffOptions } from './staff-database';
import type { StaffMember } from './staff-member';
import { disableProblem, nameProblem, nextStaffId, type NewMember } from './staff-rules';

export type { StaffOptions } from './staff-database';

/** An outcome: the value, or why not (nothing was changed). */
export type StaffResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The store's staff on this till, their PINs (hashed) and the idle lock time. */
export interface StaffRepository {
  /** Every member, disabled ones too, in id order. */
  members(): Promise<StaffMember[]>;
  /** Adds a member with the next id. */
  add(member: NewMember): Promise<StaffResult<StaffMember>>;
  /** Adds the first manager; refused once the store has any staff. */
  addFirstManager(name: string, pin: string): Promise<StaffResult<StaffMember>>;
  /** Adds the given members with their own ids when the store has no staff; true when it did. */
  seedIfEmpty(members: readonly (NewMember & { readonly id: string })[]): Promise<boolean>;
  setDisabled(id: string, disabled: boolean): Promise<StaffResult<StaffMember>>;
  setPin(id: string, pin: string): Promise<StaffResult<StaffMember>>;
  /**
   * Checks an operator's PIN at `now` (epoch ms), counting wrong ones: the fifth wrong in a row
   * locks that operator for a minute, and a locked operator's PIN is not checked at all.
   */
  checkPin(id: string, pin: string, now: number): Promise<StaffResult<StaffMember>>;
  /** Checks a PIN as `checkPin` does, then that its owner may approve `action`. */
  approve(id: string, pin: string, action: Action, now: number): Promise<StaffResult<StaffMember>>;
  idleMinutes(): Promise<number>;
  setIdleMinutes(minutes: number): Promise<void>;
}

const sortById = (members: StaffMember[]) => members.sort((a, b) => Number(a.id) - Number(b.id));

type Iterations = NonNullable<StaffOptions['iterations']>;

/** Who is on the staff: adding (the first manager, the demo staff), disabling, new PINs. */
function memberOperations(db: StaffDatabase, iterations: Iterations): Pick<StaffRepository, 'members' | 'add' | 'addFirstManager' | 'seedIfEmpty' | 'setDisabled' | 'setPin'> {
  // Hashing is slow and async, so it happens before a transaction (IndexedDB would commit meanwhile).
  const create = async (id: string, member: NewMember): Promise<StaffMember> => ({
    id,
    name: member.name.trim(),
    role: member.role,
    disabled: false,
    ...(await hashPin(member.pin, iterations.hash)),
  });
  const detailsProblem = (member: NewMember) => nameProblem(member.name) ?? pinProblem(member.pin);
  return {
    members: async () => sortById(await db.staff.toArray()),

    add: async (member) => {
      const problem = detailsProblem(member);
      if (problem !== undefined) return { ok: false, message: problem };
      const draft = await create('', member);
      return db.transaction('rw', db.staff, async () => {
        const created = { ...draft, id: nextStaffId(await db.staff.toArray()) };
        await db.staff.add(created);
        return { ok: true, value: created } as const;
      });
    },

    addFirstManager: async (name, pin) => {
      const member: NewMember = { name, pin, role: 'manager' };
      const problem = detailsProblem(member);
      if (problem !== undefined) return { ok: false, message: problem };
      const created = await create('1', member);
      return db.transaction('rw', db.staff, async () => {
        if ((await db.staff.count()) > 0) return { ok: false, message: 'This store already has staff: sign in instead.' } as const;
        await db.staff.add(created);
        return { ok: true, value: created } as const;
      });
    },

    seedIfEmpty: async (members) => {
      if ((await db.staff.count()) > 0) return false;
      const created = await Promise.all(members.map((member) => create(member.id, member)));
      return db.transaction('rw', db.staff, async () => {
        if ((await db.staff.count()) > 0) return false;
        await db.staff.bulkAdd(created);
        return true;
      });
    },

    setDisabled: (id, disabled) =>
      db.transaction('rw', db.staff, async () => {
        const members = await db.staff.toArray();
        const problem = disabled ? disableProblem(members, id) : undefined;
        const member = members.find((m) => m.id === id);
        if (problem !== undefined || member === undefined) return { ok: false, message: problem ?? `No operator ${id}.` } as const;
        const updated = { ...member, disabled };
        await db.staff.put(updated);
        return { ok: true, value: updated } as const;
      }),

    setPin: async (id, pin) => {
      const problem = pinProblem(pin);
      if (problem !== undefined) return { ok: false, message: problem };
      const hash = await hashPin(pin, iterations.hash);
      return db.transaction('rw', db.staff, db.attempts, async () => {
        const member = await db.staff.get(id);
        if (member === undefined) return { ok: false, message: `No operator ${id}.` } as const;
        const updated = { ...member, ...hash };
        await db.staff.put(updated);
        // A new PIN set by a manager lifts a lockout.
        await db.attempts.delete(id);
        return { ok: true, value: updated } as const;
      });
    },
  };
}

/** Checking PINs (with the lockout) and approvals, and the idle lock time. */
function pinOperations(db: StaffDatabase, iterations: Iterations): Pick<StaffRepository, 'checkPin' | 'approve' | 'idleMinutes' | 'setIdleMinutes'> {
  const checkPin: StaffRepository['checkPin'] = async (id, pin, now) => {
    const member = await db.staff.get(id);
    if (member === undefined || member.disabled) return { ok: false, message: member === undefined ? `No operator ${id}.` : `${member.name} is disabled.` };
    const before = (await db.attempts.get(id)) ?? NO_ATTEMPTS;
    const locked = lockoutMessage(member.name, before, now);
    if (locked !== undefined) return { ok: false, message: locked };
    if (await pinMatches(member, pin, iterations.minimum)) {
      await db.attempts.delete(id);
      return { ok: true, value: member };
    }
    // Read again after the slow hash: wrong PINs typed meanwhile on another screen all count.
    const after = await db.transaction('rw', db.attempts, async () => {
      const next = afterWrongPin((await db.attempts.get(id)) ?? NO_ATTEMPTS, now);
      await db.attempts.put({ id, ...next });
      return next;
    });
    return { ok: false, message: lockoutMessage(member.name, after, now) ?? wrongPinMessage(after) };
  };
  return {
    checkPin,
    approve: async (id, pin, action, now) => {
      const checked = await checkPin(id, pin, now);
      if (!checked.ok) return checked;
      const problem = approverProblem(checked.value.role, action);
      return problem === undefined ? checked : { ok: false, message: problem };
    },
    idleMinutes: async () => (await db.settings.get('settings'))?.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    setIdleMinutes: async (minutes) => {
      await db.settings.put({ key: 'settings', idleMinutes: minutes });
    },
  };
}

/** Opens the staff database. */
export async function openStaff(options: StaffOptions = {}): Promise<StaffRepository> {
  const db = new StaffDatabase(options.name ?? 'till-staff', options);
  await db.open();
  const iterations = options.iterations ?? { hash: PIN_ITERATIONS, minimum: MIN_PIN_ITERATIONS };
  return { ...memberOperations(db, iterations), ...pinOperations(db, iterations) };
}
