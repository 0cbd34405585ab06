import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/button';
import { DataTable, type Column } from '../../ui/data-table';
import { Notice } from '../../ui/notice';
import { TextField } from '../../ui/text-field';
import { createAdminClient, type AdminConnection, type StoreSummary } from '../admin-client';
import { answerOf, headOfficeQueries, HeadOfficeError } from '../head-office-queries';
import { failureText } from './failure-text';
import { TillsSection } from './tills-section';

export interface StoresPanelProps {
  readonly connection: AdminConnection;
  readonly stores: readonly StoreSummary[];
}

/** The problem head office found at one JSON path of a refused body, for the field that holds it. */
export function problemAt(error: unknown, path: string): string | undefined {
  if (!(error instanceof HeadOfficeError) || error.failure.kind !== 'refused') return undefined;
  return error.failure.problems.find((p) => p.path === path)?.message;
}

/** The chain's stores (with their book's version and tills), a form to add one, and the chosen store's tills. */
export function StoresPanel({ connection, stores }: StoresPanelProps) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const store = stores.find((s) => s.id === chosen);
  const columns: readonly Column<StoreSummary>[] = [
    { header: 'Store', className: 'font-mono', cell: (s) => s.id },
    { header: 'Name', cell: (s) => s.name },
    { header: 'Book version', numeric: true, cell: (s) => (s.bookVersion === null ? 'none yet' : String(s.bookVersion)) },
    { header: 'Tills', numeric: true, cell: (s) => String(s.tills.filter((t) => !t.revoked).length) },
    {
      header: 'Actions',
      headerHidden: true,
      className: 'text-right',
      cell: (s) => (
        <Button onClick={() => setChosen(s.id)} aria-label={`Tills of ${s.name}`} aria-pressed={s.id === chosen}>
          Tills
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="stores-heading" className="flex flex-col gap-5">
      <h2 id="stores-heading" className="text-2xl font-semibold text-ink-900">
        Stores <span className="text-ink-500">({stores.length})</span>
      </h2>
      <DataTable caption="Stores" captionHidden columns={columns} rows={stores} rowKey={(s) => s.id} rowLabel={(s) => s.name} empty="No stores yet: add the first below." />
      <AddStoreForm connection={connection} onAdded={setChosen} />
      {store !== undefined && <TillsSection key={store.id} connection={connection} store={store} />}
    </section>
  );
}

function AddStoreForm({ connection, onAdded }: { readonly connection: AdminConnection; readonly onAdded: (id: string) => void }) {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => answerOf(createAdminClient(connection).addStore(id.trim(), name.trim())),
    onSuccess: async (added) => {
      setId('');
      setName('');
      await queryClient.invalidateQueries({ queryKey: headOfficeQueries.stores(connection).queryKey });
      onAdded(added.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const refusedElsewhere = add.isError && problemAt(add.error, '$.id') === undefined && problemAt(add.error, '$.name') === undefined;
  return (
    <form onSubmit={submit} aria-label="Add a store" className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
      <h3 className="text-lg font-semibold">Add a store</h3>
      <div className="grid gap-3 sm:grid-cols-[14rem_1fr_auto] sm:items-start">
        <TextField label="Store id" value={id} onChange={(e) => setId(e.target.value)} hint="Letters, digits, - and _" error={problemAt(add.error, '$.id')} />
        <TextField label="Store name" value={name} onChange={(e) => setName(e.target.value)} error={problemAt(add.error, '$.name')} />
        <Button type="submit" variant="primary" className="sm:mt-6" disabled={add.isPending}>
          Add store
        </Button>
      </div>
      {refusedElsewhere && <Notice tone="problem">{failureText(add.error)}</Notice>}
      {add.isSuccess && <Notice tone="done">Added {add.data.name} ({add.data.id}). Publish a price book for it, then enrol its tills.</Notice>}
    </form>
  );
}
