import { Link, useSearch } from 'wouter';
import { useOperator } from '../staff/operator-store';
import { mayDo } from '../staff/permissions';
import { OperatorBar } from './staff-wiring';

/** The app's screens, in the order the nav shows them. */
const SCREENS = [
  { path: '/', label: 'Till' },
  { path: '/history', label: 'History' },
  { path: '/reports', label: 'Reports' },
  { path: '/back-office', label: 'Back office' },
  { path: '/devices', label: 'Devices' },
  { path: '/head-office', label: 'Head office', managersOnly: true },
] as const;

/**
 * Links between the app's screens. Each keeps the page's query (`?book=`), so every screen works on
 * the same price book.
 */
export function AppNav({ current }: { readonly current: string }) {
  const search = useSearch();
  const query = search === '' ? '' : `?${search}`;
  const operator = useOperator();
  const manager = operator !== null && mayDo(operator.role, 'back-office');
  return (
    <>
      <nav aria-label="Screens" className="flex items-center gap-1">
      {SCREENS.filter((screen) => !('managersOnly' in screen) || manager).map((screen) => (
        <Link
          key={screen.path}
          href={`${screen.path}${query}`}
          aria-current={screen.path === current ? 'page' : undefined}
          className="flex min-h-12 items-center rounded-xl px-4 font-semibold text-white/80 hover:bg-white/10 aria-[current=page]:bg-white/15 aria-[current=page]:text-white"
        >
          {screen.label}
        </Link>
      ))}
    </nav>
    <OperatorBar />
    </>
  );
}
