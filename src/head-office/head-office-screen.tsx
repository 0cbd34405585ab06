import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { TabList } from '../ui/tab-list';
import type { AdminConnection } from './admin-client';
import { useConnection, useConnectionActions } from './connection-store';
import { headOfficeQueries } from './head-office-queries';
import { ChainWhatIfPanel } from './screen/chain-what-if-panel';
import { ConnectForm } from './screen/connect-form';
import { failureText } from './screen/failure-text';
import { PublishPanel, type Drafts } from './screen/publish-panel';
import { ReportsPanel } from './screen/reports-panel';
import { StoresPanel } from './screen/stores-panel';
import { AppHeader } from '../ui/app-header';

const TABS = [
  { id: 'stores', label: 'Stores and tills' },
  { id: 'books', label: 'Price books' },
  { id: 'reports', label: 'Reports' },
  { id: 'what-if', label: 'What if' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/**
 * The head office console: the chain's stores and tills, each store's price book (edited here and
 * published), the chain's reports and a what-if over its recorded sales. Talks to head office's
 * admin API with the admin token; keeps nothing but the connection (in the tab's session).
 */
export default function HeadOfficeScreen({ nav }: { readonly nav?: ReactNode }) {
  const connection = useConnection();
  return (
    <div className="flex min-h-dvh flex-col bg-ink-100">
      <AppHeader title="Head office" nav={nav} />
      <main className="mx-auto flex w-full max-w-7xl flex-col gap-6 p-6">{connection === null ? <ConnectForm /> : <Console connection={connection} />}</main>
    </div>
  );
}

function Console({ connection }: { readonly connection: AdminConnection }) {
  const [tab, setTab] = useState<Tab>('stores');
  // Drafts live while the console is open: Price books edits them, What if prices sales with them.
  const [drafts, setDrafts] = useState<Drafts>({});
  const stores = useQuery(headOfficeQueries.stores(connection));
  const actions = useConnectionActions();
  const queryClient = useQueryClient();
  const disconnect = () => {
    queryClient.removeQueries({ queryKey: headOfficeQueries.all(connection) });
    actions.disconnected();
  };
  return (
    <>
      <section aria-label="Connection" className="flex flex-wrap items-center gap-4 rounded-2xl bg-white p-4 ring-1 ring-ink-200">
        <p className="text-ink-800">
          Connected to <strong className="font-mono">{connection.baseUrl}</strong>
        </p>
        <Button className="ml-auto" onClick={disconnect}>
          Disconnect
        </Button>
      </section>
      {stores.isError && <Notice tone="problem">{failureText(stores.error)}</Notice>}
      <TabList label="Head office" tabs={TABS} current={tab} onChoose={setTab} />
      <div role="tabpanel" aria-label={TABS.find((t) => t.id === tab)?.label}>
        {tab === 'stores' && <StoresPanel connection={connection} stores={stores.data ?? []} />}
        {tab === 'books' && <PublishPanel connection={connection} stores={stores.data ?? []} drafts={drafts} onDrafts={setDrafts} />}
        {tab === 'reports' && <ReportsPanel connection={connection} stores={stores.data ?? []} />}
        {tab === 'what-if' && <ChainWhatIfPanel connection={connection} stores={stores.data ?? []} drafts={drafts} />}
      </div>
    </>
  );
}
