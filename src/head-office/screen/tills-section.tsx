import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/button';
import { DataTable, type Column } from '../../ui/data-table';
import { Notice } from '../../ui/notice';
import { TextField } from '../../ui/text-field';
import { createAdminClient, type AdminConnection, type StoreSummary } from '../admin-client';
import { answerOf, headOfficeQueries } from '../head-office-queries';
import { failureText } from './failure-text';
import { RevokeTillDialog } from './revoke-till-dialog';
import { problemAt } from './stores-panel';
import { TokenDialog } from './till-token-dialog';

type Till = StoreSummary['tills'][number];

/** One store's tills: enrol one (its token shown once), revoke one (after asking). */
export function TillsSection({ connection, store }: { readonly connection: AdminConnection; readonly store: StoreSummary }) {
  const [tillId, setTillId] = useState('');
  const [issued, setIssued] = useState<{ readonly till: string; readonly token: string } | undefined>(undefined);
  const [revoking, setRevoking] = useState<string | undefined>(undefined);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: headOfficeQueries.stores(connection).queryKey });
  const admin = createAdminClient(connection);
  const add = useMutation({
    mutationFn: (till: string) => answerOf(admin.addTill(store.id, till)).then(({ token }) => ({ till, token })),
    onSuccess: async (done) => {
      setIssued(done);
      setTillId('');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (till: string) => answerOf(admin.revokeTill(store.id, till)).then(() => till),
    onSuccess: async () => {
      setRevoking(undefined);
      await refresh();
    },
  });
  const columns: readonly Column<Till>[] = [
    { header: 'Till', className: 'font-mono', cell: (t) => t.id },
    { header: 'Status', cell: (t) => (t.revoked ? 'Revoked' : 'Enrolled') },
    {
      header: 'Actions',
      headerHidden: true,
      className: 'text-right',
      cell: (t) =>
        !t.revoked && (
          <Button variant="danger" onClick={() => setRevoking(t.id)} aria-label={`Revoke ${t.id}`}>
            Revoke
          </Button>
        ),
    },
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(tillId.trim());
  };

  return (
    <section aria-labelledby="tills-heading" className="flex flex-col gap-4 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
      <h3 id="tills-heading" className="text-lg font-semibold">
        Tills of {store.name}
      </h3>
      <DataTable caption={`Tills of ${store.name}`} captionHidden columns={columns} rows={store.tills} rowKey={(t) => t.id} rowLabel={(t) => t.id} empty="No till is enrolled yet." />
      <form onSubmit={submit} aria-label="Enrol a till" className="flex flex-wrap items-start gap-3">
        <TextField label="Till id" value={tillId} onChange={(e) => setTillId(e.target.value)} error={problemAt(add.error, '$.id')} className="w-72" />
        <Button type="submit" variant="primary" className="mt-6" disabled={add.isPending}>
          Enrol till
        </Button>
      </form>
      {add.isError && problemAt(add.error, '$.id') === undefined && <Notice tone="problem">{failureText(add.error)}</Notice>}
      {revoke.isSuccess && <Notice tone="done">{revoke.data} is revoked: its token no longer works.</Notice>}
      {issued !== undefined && <TokenDialog {...issued} storeName={store.name} onClose={() => setIssued(undefined)} />}
      {revoking !== undefined && <RevokeTillDialog till={revoking} error={revoke.isError ? failureText(revoke.error) : undefined} pending={revoke.isPending} onRevoke={() => revoke.mutate(revoking)} onKeep={() => setRevoking(undefined)} />}
    </section>
  );
}
