// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffMember } from '../staff-member';
import { ApprovalDialog } from './approval-dialog';
import { FirstManagerScreen } from './first-manager-screen';
import { SignInScreen } from './sign-in-screen';

afterEach(cleanup);

const member = (id: string, name: string, role: StaffMember['role'], disabled = false): StaffMember => ({ id, name, role, disabled, pinHash: '', salt: '', iterations: 0 });
const STAFF = [member('1', 'Morgan', 'manager'), member('2', 'Sam', 'supervisor'), member('3', 'Alex', 'cashier'), member('4', 'Gone', 'cashier', true)];

describe('sign-in screen', () => {
  it('lists who can sign in, checks the PIN and shows a refusal', async () => {
    const check = vi.fn((_id: string, pin: string) =>
      Promise.resolve(pin === '3333' ? ({ ok: true, value: STAFF[2] as StaffMember } as const) : ({ ok: false, message: 'Wrong PIN. 4 tries left before a one-minute lock.' } as const)),
    );
    const onSignedIn = vi.fn();
    render(<SignInScreen members={STAFF} check={check} onSignedIn={onSignedIn} />);
    const operator = screen.getByRole('combobox', { name: 'Operator' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Morgan (manager)', 'Sam (supervisor)', 'Alex (cashier)']);
    await userEvent.selectOptions(operator, '3');
    await userEvent.type(screen.getByLabelText('PIN'), '1234{Enter}');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Wrong PIN. 4 tries left before a one-minute lock.');
    expect(screen.getByLabelText('PIN')).toHaveProperty('value', '');
    await userEvent.type(screen.getByLabelText('PIN'), '3333');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(STAFF[2]));
    expect(check.mock.calls).toEqual([['3', '1234'], ['3', '3333']]);
  });

  it('locked during a sale, offers the operator who locked it and the supervisors and managers, no other cashier', () => {
    render(<SignInScreen members={[...STAFF, member('5', 'Kim', 'cashier')]} check={vi.fn()} onSignedIn={vi.fn()} lockedFor={STAFF[2]} takeOverAllowed={false} />);
    expect(screen.getByRole('heading', { name: 'Till locked' })).toBeDefined();
    expect(screen.getByText('Alex locked the till during a sale: their PIN unlocks it, or a supervisor or manager takes the sale over.')).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Operator' })).toHaveProperty('value', '3');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Morgan (manager)', 'Sam (supervisor)', 'Alex (cashier)']);
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDefined();
  });

  it('locked during a sale by an operator since disabled, never offers them: a supervisor takes the sale over', async () => {
    const check = vi.fn(() => Promise.resolve({ ok: true, value: STAFF[1] as StaffMember } as const));
    const onSignedIn = vi.fn();
    const gone = STAFF[3] as StaffMember;
    render(<SignInScreen members={STAFF} check={check} onSignedIn={onSignedIn} lockedFor={gone} takeOverAllowed={false} />);
    expect(screen.getByText('Gone locked the till during a sale and can no longer sign in: a supervisor or manager takes the sale over.')).toBeDefined();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Morgan (manager)', 'Sam (supervisor)']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Operator' }), '2');
    await userEvent.type(screen.getByLabelText('PIN'), '2222{Enter}');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(STAFF[1]));
    expect(check).toHaveBeenCalledWith('2', '2222');
  });
});

describe('signing in after a reload with a sale on the till', () => {
  it('offers whoever held the sale and the supervisors and managers, no other cashier', () => {
    render(<SignInScreen members={[...STAFF, member('5', 'Kim', 'cashier')]} check={vi.fn()} onSignedIn={vi.fn()} heldBy={STAFF[2]} />);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeDefined();
    expect(screen.getByText('Alex was serving the sale on the till: their PIN carries on with it, or a supervisor or manager takes the sale over.')).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Operator' })).toHaveProperty('value', '3');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Morgan (manager)', 'Sam (supervisor)', 'Alex (cashier)']);
  });

  it('held by an operator since disabled, offers only the supervisors and managers', () => {
    render(<SignInScreen members={STAFF} check={vi.fn()} onSignedIn={vi.fn()} heldBy={{ id: '4', name: 'Gone' }} />);
    expect(screen.getByText('Gone was serving the sale on the till and can no longer sign in: a supervisor or manager takes the sale over.')).toBeDefined();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Morgan (manager)', 'Sam (supervisor)']);
  });
});

describe('signing in with something to record first', () => {
  it('shows why, when what the sign-in records could not be kept, and asks for the PIN again', async () => {
    const check = vi.fn(() => Promise.resolve({ ok: true, value: STAFF[1] as StaffMember } as const));
    const onSignedIn = vi.fn(() => Promise.reject(new Error('The takeover could not be saved.')));
    render(<SignInScreen members={STAFF} check={check} onSignedIn={onSignedIn} lockedFor={STAFF[2]} takeOverAllowed={false} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Operator' }), '2');
    await userEvent.type(screen.getByLabelText('PIN'), '2222{Enter}');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The takeover could not be saved.');
    expect(onSignedIn).toHaveBeenCalledWith(STAFF[1]);
    expect(screen.getByLabelText('PIN')).toHaveProperty('value', '');
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveProperty('disabled', true);
  });
});

describe('approval dialog', () => {
  it('passes the action with the approver and PIN, and reports who approved', async () => {
    const approve = vi.fn((id: string) =>
      Promise.resolve(id === '3' ? ({ ok: false, message: 'A cashier cannot approve this.' } as const) : ({ ok: true, value: STAFF[1] as StaffMember } as const)),
    );
    const onApproved = vi.fn();
    render(<ApprovalDialog action="refund" detail="£1.20" members={STAFF} approve={approve} onApproved={onApproved} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Supervisor approval' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Approver' }), '3');
    await userEvent.type(screen.getByLabelText('PIN'), '3333{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('A cashier cannot approve this.');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Approver' }), '2');
    await userEvent.type(screen.getByLabelText('PIN'), '2222');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await vi.waitFor(() => expect(onApproved).toHaveBeenCalledWith(STAFF[1]));
    expect(approve.mock.calls).toEqual([['3', '3333', 'refund'], ['2', '2222', 'refund']]);
    expect(dialog.textContent).toContain('Refund: £1.20 needs a supervisor or manager.');
  });
});

describe('first manager', () => {
  it('asks for the PIN twice and creates the manager', async () => {
    const create = vi.fn(() => Promise.resolve({ ok: true, value: STAFF[0] as StaffMember } as const));
    const onCreated = vi.fn();
    render(<FirstManagerScreen create={create} onCreated={onCreated} />);
    expect(screen.getByRole('heading', { name: 'Create the first manager' })).toBeDefined();
    await userEvent.type(screen.getByLabelText('Name'), 'Jo');
    await userEvent.type(screen.getByLabelText('PIN'), '1234');
    await userEvent.type(screen.getByLabelText('PIN again'), '1243{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('The two PINs differ.');
    expect(create).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('PIN again'));
    await userEvent.type(screen.getByLabelText('PIN again'), '1234');
    await userEvent.click(screen.getByRole('button', { name: 'Create manager' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(STAFF[0]));
    expect(create).toHaveBeenCalledWith('Jo', '1234');
  });
});
