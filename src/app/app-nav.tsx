import { Link, useSearch } from 'wouter';

/** The app's screens, in the order the nav shows them. */
const SCREENS = [
  { path: '/', label: 'Till' },
  { path: '/history', label: 'History' },
  { path: '/reports', label: 'Reports' },
  { path: '/back-office', label: 'Back office' },
  { path: '/devices', label: 'Devices' },
] as const;

/**
 * Links between the app's screens. Each keeps the page's query (`?book=`), so every screen works on
 * the same price book.
 */
export function AppNav({ current }: { readonly current: string }) {
  const search = useSearch();
  const query = search === '' ? '' : `?${search}`;
  return (
    <nav aria-label="Screens" className="flex items-center gap-1">
      {SCREENS.map((screen) => (
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
  );
}
