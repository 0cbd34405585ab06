import { create } from 'zustand';
import type { Role, StaffMember } from './staff-member';

/** Who is signed in, as the rest of the app sees them (never the PIN hash). */
export interface Operator {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

/** The session's events. */
export interface OperatorActions {
  /** An operator's PIN was right: they are signed in (taking over from whoever was). */
  signedIn: (member: Operator) => void;
  signedOut: () => void;
  /** The till locked (idle, or the shortcut): the operator stays, their PIN is asked again. */
  locked: () => void;
}

interface OperatorState {
  readonly operator: Operator | null;
  readonly locked: boolean;
  readonly actions: OperatorActions;
}

/**
 * The session: in memory only, on purpose. A reload, a crash or a closed tab asks for a PIN again,
 * so a till left behind after any restart cannot be used by whoever walks up to it.
 */
const useOperatorStore = create<OperatorState>()((set) => ({
  operator: null,
  locked: false,
  actions: {
    signedIn: (member) => set({ operator: { id: member.id, name: member.name, role: member.role }, locked: false }),
    signedOut: () => set({ operator: null, locked: false }),
    locked: () => set((state) => (state.operator === null ? state : { locked: true })),
  },
}));

/** The operator signed in (also while the till is locked), or null. */
export const useOperator = () => useOperatorStore((state) => state.operator);
/** Whether the till is locked for the signed-in operator. */
export const useTillLocked = () => useOperatorStore((state) => state.locked);
export const useOperatorActions = () => useOperatorStore((state) => state.actions);
/** The operator now, for event handlers outside React (recording who made a sale). */
export const currentOperator = (): Operator | null => useOperatorStore.getState().operator;
/** Resets the session (tests). */
export const resetOperator = () => useOperatorStore.setState({ operator: null, locked: false });

/** The operator's public part of a staff member. */
export function toOperator(member: StaffMember): Operator {
  return { id: member.id, name: member.name, role: member.role };
}

/** The session's actions outside React (keyboard shortcuts, tests). */
export const operatorActions: OperatorActions = useOperatorStore.getState().actions;
/** Whether the till is locked now, outside React. */
export const tillLocked = (): boolean => useOperatorStore.getState().locked;
