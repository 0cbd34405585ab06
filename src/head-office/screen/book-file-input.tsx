import { useState, type ChangeEvent } from 'react';
import { ImportPreview, readBookFile } from '../../backoffice';
import type { BookIssue, PriceBook } from '../../pricing';

export interface BookFileInputProps {
  /** The book the file would replace (the draft, or the published one), if there is one. */
  readonly current: PriceBook | undefined;
  /** A valid file the manager agreed to (after the preview, when there is a book to compare with). */
  readonly onBook: (book: PriceBook, file: string) => unknown;
  readonly onRefused: (file: string, issues: readonly BookIssue[]) => void;
}

/**
 * "Import a price book": a JSON file checked by the engine (every problem listed, nothing kept when
 * there is one), then the back office's import preview of what it changes before it becomes the draft.
 */
export function BookFileInput({ current, onBook, onRefused }: BookFileInputProps) {
  const [pending, setPending] = useState<{ readonly file: string; readonly book: PriceBook } | undefined>(undefined);
  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    input.value = '';
    const read = await readBookFile(file);
    if (!read.ok) onRefused(file.name, read.issues);
    else if (current === undefined) onBook(read.book, file.name);
    else setPending({ file: file.name, book: read.book });
  };
  return (
    <>
      <label className="inline-flex min-h-12 cursor-pointer items-center rounded-xl bg-white px-4 font-semibold text-ink-900 ring-1 ring-inset ring-ink-300 focus-within:outline-3 focus-within:outline-focus">
        Import a price book
        <input type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void chosen(e)} />
      </label>
      {pending !== undefined && current !== undefined && (
        <ImportPreview
          file={pending.file}
          current={current}
          imported={pending.book}
          onApply={async () => {
            await onBook(pending.book, pending.file);
            setPending(undefined);
          }}
          onCancel={() => setPending(undefined)}
        />
      )}
    </>
  );
}
