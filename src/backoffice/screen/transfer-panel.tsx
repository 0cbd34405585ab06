import { useState, type ChangeEvent } from 'react';
import type { BookIssue, PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { JSON_SCHEMA_PATH } from '../price-book-json-schema-path';
import { readBookFile } from '../forms/read-book-file';
import { ImportPreview } from './import-preview';

export interface TransferPanelProps {
  readonly book: PriceBook;
  /** Stores a valid imported book as the edit of the current one. */
  readonly onImport: (book: PriceBook, fileName: string) => Promise<boolean>;
}

type Outcome =
  | { readonly kind: 'refused'; readonly file: string; readonly issues: readonly BookIssue[] }
  | { readonly kind: 'cancelled'; readonly file: string }
  | undefined;

/** A valid imported book waiting for the manager's answer. */
interface Pending {
  readonly file: string;
  readonly book: PriceBook;
}

/** The schema's address on this site, for `$schema` in exported books (editors fetch it for completion and checks). */
export function schemaUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${JSON_SCHEMA_PATH}`, window.location.origin).href;
}

/** The book as an exported file: `$schema` first, then the book as the engine holds it. */
export function exportText(book: PriceBook): string {
  const { $schema: _old, ...rest } = book;
  return `${JSON.stringify({ $schema: schemaUrl(), ...rest }, null, 2)}\n`;
}

/** Downloads the book as `<id>-<version>.json`. */
function downloadBook(book: PriceBook): void {
  const url = URL.createObjectURL(new Blob([exportText(book)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${book.id ?? 'price-book'}-${String(book.version ?? 'unversioned')}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

function ExportCard({ book }: { readonly book: PriceBook }) {
  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
      <h3 className="text-lg font-semibold">Export</h3>
      <p className="text-ink-700">
        Downloads the book in use as JSON. It names its <a className="font-semibold text-brand-700 underline" href={`${import.meta.env.BASE_URL}${JSON_SCHEMA_PATH}`}>JSON Schema</a>, so an editor checks and completes it as you edit.
      </p>
      <Button variant="primary" className="self-start" onClick={() => downloadBook(book)}>
        Export price book
      </Button>
    </div>
  );
}

/**
 * Imports a book from a JSON file (every problem listed, nothing changed when it is invalid; a valid
 * one is applied only once the manager has seen what it changes and said yes) and exports the current one.
 */
export function TransferPanel({ book, onImport }: TransferPanelProps) {
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [pending, setPending] = useState<Pending | undefined>(undefined);

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    input.value = '';
    const read = await readBookFile(file);
    if (!read.ok) {
      setOutcome({ kind: 'refused', file: file.name, issues: read.issues });
      return;
    }
    setOutcome(undefined);
    setPending({ file: file.name, book: read.book });
  };

  // The screen says whether the import was saved; a refusal from here on is the screen's to show too.
  const apply = async ({ file, book: imported }: Pending) => {
    await onImport(imported, file);
    setPending(undefined);
  };

  return (
    <section aria-labelledby="transfer-heading" className="flex flex-col gap-6">
      <h2 id="transfer-heading" className="text-2xl font-semibold text-ink-900">
        Import and export
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <ExportCard book={book} />
        <div className="flex flex-col gap-3 rounded-2xl bg-white p-5 ring-1 ring-ink-200">
          <h3 className="text-lg font-semibold">Import</h3>
          <p className="text-ink-700">Replaces the book in use with a JSON file, once every check passes and you have seen what it changes. A file with problems changes nothing.</p>
          <label className="inline-flex min-h-12 cursor-pointer items-center self-start rounded-xl bg-white px-4 font-semibold text-ink-900 ring-1 ring-inset ring-ink-300 focus-within:outline-3 focus-within:outline-focus">
            Import a price book
            <input type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void chosen(e)} />
          </label>
        </div>
      </div>
      {outcome?.kind === 'cancelled' && <Notice tone="quiet">{outcome.file} was not imported: the book in use is unchanged.</Notice>}
      {outcome?.kind === 'refused' && (
        <Notice tone="problem" issues={outcome.issues} issuesLabel="Import problems">
          <p className="font-semibold">
            {outcome.file} was not imported: it has {outcome.issues.length} {outcome.issues.length === 1 ? 'problem' : 'problems'}.
          </p>
          <p>The book in use is unchanged.</p>
        </Notice>
      )}
      {pending !== undefined && (
        <ImportPreview
          file={pending.file}
          current={book}
          imported={pending.book}
          onApply={() => apply(pending)}
          onCancel={() => {
            setPending(undefined);
            setOutcome({ kind: 'cancelled', file: pending.file });
          }}
        />
      )}
    </section>
  );
}
