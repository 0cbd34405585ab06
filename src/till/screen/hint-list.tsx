import type { NearMiss } from '../../pricing';

/** The engine's near misses as hints the cashier can pass on ("one more yoghurt makes 3 for £1.50"). */
export function HintList({ nearMisses }: { readonly nearMisses: readonly NearMiss[] }) {
  if (nearMisses.length === 0) return null;
  return (
    <section aria-label="Hints" className="shrink-0 border-t border-hint-200 bg-hint-50 px-5 py-2">
      <ul className="space-y-1 text-sm text-hint-800 xl:text-[0.95rem]">
        {nearMisses.slice(0, 2).map((hint, i) => (
          // One hint on a small screen, two where there is room: hints must not crowd out the receipt.
          <li key={`${hint.offerId}-${hint.sku}`} className={`gap-2 ${i === 0 ? 'flex' : 'hidden xl:flex'}`}>
            <svg viewBox="0 0 24 24" className="mt-0.5 size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
              <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.6.5 1 1.2 1.1 2V16h5v-.2c.1-.8.5-1.5 1.1-2A6 6 0 0 0 12 3Z" />
            </svg>
            <span>{hint.message.charAt(0).toUpperCase() + hint.message.slice(1)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
