import { lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import { Route, Switch, useSearch } from 'wouter';
import { bookChoiceFrom } from '../till/books/book-choice';
import { AppNav } from './app-nav';
import { BackOfficeRoute, BookAccessGate } from './book-wiring';
import { HeadOfficeTab, useHqLink } from './hq-wiring';
import { useJournalProblem } from './journal-status';
import { NotFound } from './not-found';
import { loadRecordedSales } from './sales-wiring';
import { StaffPanel } from '../staff/screens/staff-panel';
import { Approving, choicePath, ManagersOnly, SignedIn, type AuthorizeAny } from './staff-wiring';
import { TillRoute } from './till-route';
import { READ_ONLY_REASON, useTillOwnership } from './till-ownership';

// The journal's screens load on demand: the till's up-front JavaScript stays small.
const HistoryScreen = lazy(() => import('../sales/history-screen').then((m) => ({ default: m.HistoryScreen })));
const ReportsScreen = lazy(() => import('../sales/reports-screen').then((m) => ({ default: m.ReportsScreen })));
const DevicesScreen = lazy(() => import('../devices/devices-screen').then((m) => ({ default: m.DevicesScreen })));
const HeadOfficeScreen = lazy(() => import('../head-office/head-office-screen'));
const CustomerDisplayScreen = lazy(() => import('../devices/display/customer-display-screen').then((m) => ({ default: m.CustomerDisplayScreen })));

function Loading() {
  return <p className="p-8 text-lg text-ink-600">Loading…</p>;
}

/**
 * The app: its screens by address. The customer display is a window of its own beside the till: it
 * never claims the till nor opens the journal, so it can stay open while the till reloads.
 */
export function App() {
  return (
    <Switch>
      <Route path="/display">
        <Suspense fallback={<Loading />}>
          <CustomerDisplayScreen />
        </Suspense>
      </Route>
      <Route>
        <Screens />
      </Route>
    </Switch>
  );
}

interface JournalScreenProps {
  readonly readOnly: string | undefined;
  readonly nav: ReactNode;
  readonly authorize: AuthorizeAny;
}

/** A screen over the sales journal (history, reports), for a signed-in operator, loaded on demand. */
function JournalRoute({ path, screen: Screen, readOnly }: { readonly path: string; readonly screen: ComponentType<JournalScreenProps>; readonly readOnly: string | undefined }) {
  return (
    <Suspense fallback={<Loading />}>
      <SignedIn bookPath={undefined} nav={<AppNav current={path} />}>
        <Approving>{(authorize) => <Screen readOnly={readOnly} nav={<AppNav current={path} />} authorize={authorize} />}</Approving>
      </SignedIn>
    </Suspense>
  );
}

/**
 * The cashier's and manager's screens, each on the price book named by `?book=` (or the default
 * one), as the back office last edited it. Completed sales go to the sales journal; only one tab
 * per browser profile is the till.
 */
function Screens() {
  const search = useSearch();
  // Relative book addresses resolve against the app's base, the same on every screen.
  const choice = useMemo(() => bookChoiceFrom(`${window.location.origin}${import.meta.env.BASE_URL}?${search}`), [search]);
  const ownership = useTillOwnership();
  const journalProblem = useJournalProblem();
  useHqLink(ownership);
  const readOnly = ownership === 'elsewhere' ? READ_ONLY_REASON : undefined;
  return (
    <Switch>
      <Route path="/">
        <TillRoute choice={choice} readOnly={readOnly} journalProblem={journalProblem} />
      </Route>
      <Route path="/history">
        <JournalRoute path="/history" screen={HistoryScreen} readOnly={readOnly} />
      </Route>
      <Route path="/reports">
        <JournalRoute path="/reports" screen={ReportsScreen} readOnly={readOnly} />
      </Route>
      <Route path="/devices">
        <Suspense fallback={<Loading />}>
          {/* Managers only: pairing changes the till's devices, and the page can open the drawer. */}
          <SignedIn bookPath={undefined} nav={<AppNav current="/devices" />}>
            <ManagersOnly nav={<AppNav current="/devices" />} what="the devices page">
              <DevicesScreen nav={<AppNav current="/devices" />} />
            </ManagersOnly>
          </SignedIn>
        </Suspense>
      </Route>
      <Route path="/back-office">
        <SignedIn bookPath={choicePath(choice)} nav={<AppNav current="/back-office" />}>
          <ManagersOnly nav={<AppNav current="/back-office" />} what="the back office">
            <BookAccessGate choice={choice} nav={<AppNav current="/back-office" />}>
              <BackOfficeRoute choice={choice} loadSales={loadRecordedSales} nav={<AppNav current="/back-office" />} staff={<StaffPanel />} headOffice={<HeadOfficeTab />} />
            </BookAccessGate>
          </ManagersOnly>
        </SignedIn>
      </Route>
      <Route path="/head-office">
        <SignedIn bookPath={choicePath(choice)} nav={<AppNav current="/head-office" />}>
          <ManagersOnly nav={<AppNav current="/head-office" />} what="the head office console">
            <Suspense fallback={<Loading />}>
              <HeadOfficeScreen nav={<AppNav current="/head-office" />} />
            </Suspense>
          </ManagersOnly>
        </SignedIn>
      </Route>
      <Route>
        <NotFound nav={<AppNav current="" />} />
      </Route>
    </Switch>
  );
}
