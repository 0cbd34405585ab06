import { useCallback, type ReactNode } from 'react';
import type { EntryStaff } from '../sales/journal-entry';
import { useApproval } from '../staff/screens/use-approval';
import { recordSaleInJournal } from '../sales/journal-loader';
import { currentOperator, useOperator, useOperatorActions } from '../staff/operator-store';
import { mayDo, type Action } from '../staff/permissions';
import { seedsDemoStaff } from '../staff/demo-staff';
import { StaffGate } from '../staff/screens/staff-gate';
import { LOCK_SHORTCUT } from '../staff/use-idle-lock';
import type { BookChoice } from '../till/books/book-choice';
import type { RecordSale } from '../till/checkout/record-sale';
import { saleActions, saleSaved, useBasketLines, useTenders } from '../till/sale/sale-store';
import type { Takeover } from '../ui/takeover';
import { handingOver, useDiskSaleHolder } from './sale-holder';
import { Button } from '../ui/button';
import { AppHeader } from '../ui/app-header';

/** The address path of the chosen book (the default book is one the app ships). */
export function choicePath(choice: BookChoice): string | undefined {
  if (choice.kind === 'url') return choice.url;
  return choice.kind === 'default' ? `${import.meta.env.BASE_URL}books/` : undefined;
}

/** Records a completed sale with the operator signed in. */
export const recordSaleAsOperator: RecordSale = (sale, after) => {
  const operator = currentOperator();
  return recordSaleInJournal({ ...sale, ...(operator === null ? {} : { operator: { id: operator.id, name: operator.name } }) }, after);
};

/** Whether the till has a sale under way (lines or tenders): then only its operator may unlock it. */
function useSaleUnderWay(): boolean {
  const lines = useBasketLines();
  const tenders = useTenders();
  return lines.length > 0 || tenders.length > 0;
}

/**
 * Keeps a takeover with the sale in progress and waits until it is saved (or the save has failed,
 * which keeps the sale in memory with the journal's warning up and payment blocked): the sale's
 * record, or its void's, then says who took it over from whom; the save names the new holder.
 */
function keepTakeover(takeover: Takeover): Promise<void> {
  return handingOver(takeover, async () => {
    saleActions().takenOver(takeover);
    await saleSaved();
  });
}

/**
 * The sign-in gate of the app's screens. A store with no staff gets the demo staff only when the
 * page's book is one the app ships (`seedsDemoStaff`); otherwise its first manager is created.
 */
export function SignedIn({ bookPath, nav, children }: { readonly bookPath: string | undefined; readonly nav?: ReactNode; readonly children: ReactNode }) {
  const underWay = useSaleUnderWay();
  const holder = useDiskSaleHolder();
  return (
    <StaffGate
      seedDemo={bookPath !== undefined && seedsDemoStaff(bookPath, import.meta.env.BASE_URL)}
      saleInProgress={underWay}
      {...(holder === undefined ? {} : { saleHolder: holder })}
      onTakeover={keepTakeover}
      nav={nav}
    >
      {children}
    </StaffGate>
  );
}

/** Who is signed in, with Lock (also Ctrl+L) and Sign out (between sales only). */
export function OperatorBar() {
  const operator = useOperator();
  const actions = useOperatorActions();
  const underWay = useSaleUnderWay();
  if (operator === null) return null;
  return (
    <div role="group" aria-label="Operator" className="ml-auto flex items-center gap-2 text-white print:hidden">
      <span className="font-semibold">
        {operator.name}
        {/* The role gives way on a narrow header: the name, Lock and Sign out must stay whole. */}
        <span className="max-2xl:sr-only">{` (${operator.role})`}</span>
      </span>
      {/* Below 2xl both show as icons (their names stay "Lock" and "Sign out") so the store's name fits. */}
      <Button size="md" variant="quiet" className="text-white max-2xl:px-3" onClick={actions.locked} aria-keyshortcuts="Control+L" title={LOCK_SHORTCUT.label}>
        <OperatorIcon paths={LOCK_ICON} />
        <span className="max-2xl:sr-only">Lock</span>
      </Button>
      <Button size="md" variant="quiet" className="text-white max-2xl:px-3" onClick={actions.signedOut} disabled={underWay} title={underWay ? 'Finish or void the sale first' : 'Sign out'}>
        <OperatorIcon paths={SIGN_OUT_ICON} />
        <span className="max-2xl:sr-only">Sign out</span>
      </Button>
    </div>
  );
}

const LOCK_ICON = ['M7 11V7a5 5 0 0 1 10 0v4', 'M5 11h14v10H5z'];
const SIGN_OUT_ICON = ['M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4', 'M16 17l5-5-5-5', 'M21 12H9'];

function OperatorIcon({ paths }: { readonly paths: readonly string[] }) {
  return (
    <svg viewBox="0 0 24 24" className="size-5 shrink-0 2xl:hidden" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/** Shows `children` to a manager; anyone else is told that only a manager can open `what`. */
export function ManagersOnly({ nav, what, children }: { readonly nav: ReactNode; readonly what: string; readonly children: ReactNode }) {
  const operator = useOperator();
  const actions = useOperatorActions();
  if (operator !== null && mayDo(operator.role, 'back-office')) return children;
  return (
    <main className="grid min-h-dvh grid-rows-[auto_1fr] bg-ink-100">
      <AppHeader nav={nav} />
      <section className="m-auto grid max-w-md gap-4 rounded-2xl bg-white p-6 shadow-xl">
        <h1 className="text-2xl font-semibold">Managers only</h1>
        <p role="alert" className="text-danger-700">
          Only a manager can open {what}.
        </p>
        <Button variant="primary" onClick={actions.signedOut}>
          Sign in as a manager
        </Button>
      </section>
    </main>
  );
}

/**
 * Asks for any guarded action: the sales screens' `Authorize` and the till's `TillAuthorize` are
 * narrower views of it (their actions are among the staff feature's).
 */
export type AuthorizeAny = (action: Action, detail: string) => Promise<EntryStaff | null>;

/**
 * The sales screens' and the till's `authorize`, from the staff feature: asks a supervisor's PIN where the
 * operator's role is not enough and names who to record. Render `dialog` beside the screen.
 */
export function useAuthorize(): { readonly authorize: AuthorizeAny; readonly dialog: ReactNode } {
  const { ask, dialog } = useApproval();
  const authorize = useCallback<AuthorizeAny>(
    async (action, detail) => {
      const approval = await ask(action, detail === '' ? undefined : detail);
      if (!approval.ok) return null;
      const operator = currentOperator();
      return {
        ...(operator === null ? {} : { operator: { id: operator.id, name: operator.name } }),
        ...(approval.approver === undefined ? {} : { approver: { id: approval.approver.id, name: approval.approver.name } }),
      };
    },
    [ask],
  );
  return { authorize, dialog };
}

/** Gives a screen an `authorize` and shows its approval dialog. */
export function Approving({ children }: { readonly children: (authorize: AuthorizeAny) => ReactNode }) {
  const { authorize, dialog } = useAuthorize();
  return (
    <>
      {children(authorize)}
      {dialog}
    </>
  );
}
