import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { TextField } from '../../ui/text-field';
import { createAdminClient, type AdminFailure } from '../admin-client';
import { useConnectionActions } from '../connection-store';
import { headOfficeQueries } from '../head-office-queries';

/** What is wrong with the address as typed, if anything: head office is at an http or https address. */
export function addressError(address: string): string | undefined {
  const text = address.trim();
  if (text === '') return 'Write head office’s address, such as http://localhost:8787';
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'The address starts with http:// or https://';
    if (url.search !== '' || url.hash !== '') return 'Only the address, without ? or #';
    return undefined;
  } catch {
    return 'Write the address in full, such as http://localhost:8787';
  }
}

/** Asks for head office's address and the admin token, and checks both before the console opens. */
export function ConnectForm() {
  const [address, setAddress] = useState('http://localhost:8787');
  const [token, setToken] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AdminFailure | undefined>(undefined);
  const actions = useConnectionActions();
  const queryClient = useQueryClient();
  const badAddress = touched ? addressError(address) : undefined;
  const badToken = touched && token.trim() === '' ? 'Paste the admin token head office printed on its first start' : failure?.kind === 'unauthorized' ? 'Head office refused this token' : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setFailure(undefined);
    if (addressError(address) !== undefined || token.trim() === '') return;
    setBusy(true);
    const connection = { baseUrl: address.trim().replace(/\/+$/, ''), token: token.trim() };
    const result = await createAdminClient(connection).connect();
    setBusy(false);
    if (result.kind !== 'ok') {
      setFailure(result);
      return;
    }
    queryClient.setQueryData(headOfficeQueries.stores(connection).queryKey, result.data.stores);
    actions.connected(connection);
  };

  return (
    <section aria-labelledby="connect-heading" className="mx-auto flex w-full max-w-xl flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-ink-200">
      <h2 id="connect-heading" className="text-2xl font-semibold text-ink-900">
        Connect to head office
      </h2>
      <p className="text-ink-700">
        The chain’s stores, their price books, tills and reports live at head office (<code>npm run hq</code>). The token stays in this tab only and is forgotten when it closes.
      </p>
      <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4" noValidate>
        <TextField label="Head office address" type="url" value={address} onChange={(e) => setAddress(e.target.value)} error={badAddress} autoComplete="url" />
        <TextField label="Admin token" type="password" value={token} onChange={(e) => setToken(e.target.value)} error={badToken} autoComplete="off" />
        <Button type="submit" variant="primary" className="self-start" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
        </Button>
      </form>
      {failure !== undefined && <Notice tone="problem">{failure.message}</Notice>}
    </section>
  );
}
