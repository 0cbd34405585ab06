import type { ReactNode } from 'react';
import { Dialog } from '../../ui/dialog';
import { OTHER_KEYS, SHORTCUTS } from '../shortcuts';

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="flex flex-wrap gap-1.5">
      {keys.map((key, i) => (
        <span key={key} className="flex items-center gap-1.5 whitespace-nowrap">
          {i > 0 && <span className="text-sm text-ink-500">or</span>}
          <kbd className="rounded-md bg-white px-2 py-0.5 font-mono text-sm font-semibold text-ink-900 shadow-[0_1px_0_var(--color-ink-300)] ring-1 ring-inset ring-ink-300">{key}</kbd>
        </span>
      ))}
    </span>
  );
}

/** The help overlay: every shortcut, from the same table the key handler uses. */
export function HelpDialog({ feedback, onClose }: { feedback: ReactNode; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} size="md" closeLabel="Close help">
      {feedback}
      <table className="w-full text-left">
        <caption className="sr-only">Keyboard shortcuts</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-100">
          {[...SHORTCUTS, ...OTHER_KEYS].map((shortcut) => (
            <tr key={shortcut.description}>
              <td className="w-56 py-2 pr-4 align-top">
                <Keys keys={shortcut.keys} />
              </td>
              <td className="py-2 text-ink-800">{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 rounded-xl bg-ink-50 p-3 text-sm text-ink-700">
        A scanner works whatever has focus. While you type in another field (search, an amount), a scan is still taken and never lands in that field.
      </p>
    </Dialog>
  );
}
