import { useLayoutEffect, useRef, useState } from 'react';

export interface CategoryChipsProps {
  readonly categories: readonly { readonly id: string; readonly name: string }[];
  readonly chosen: string;
  readonly onChoose: (id: string) => void;
}

/**
 * The category chips in one scrolling row. Where more chips lie off an edge, that edge fades and
 * shows an arrow that scrolls the row: a cashier sees there is more without having to guess.
 */
export function CategoryChips({ categories, chosen, onChoose }: CategoryChipsProps) {
  const row = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useLayoutEffect(() => {
    const element = row.current;
    if (element === null) return;
    const update = () => {
      const left = element.scrollLeft > 1;
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setMore((was) => (was.left === left && was.right === right ? was : { left, right }));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, []);
  const scrollBy = (direction: -1 | 1) => row.current?.scrollBy({ left: direction * row.current.clientWidth * 0.7, behavior: 'smooth' });
  const fades = `${more.left ? 'transparent, black 3rem' : 'black'}, ${more.right ? 'black calc(100% - 3rem), transparent' : 'black'}`;

  return (
    <div className="relative -mx-1">
      <div
        ref={row}
        role="group"
        aria-label="Categories"
        className="no-scrollbar flex gap-2 overflow-x-auto px-1 py-0.5"
        style={{ maskImage: `linear-gradient(to right, ${fades})` }}
      >
        {categories.map((category) => (
          <button
            key={category.id}
            type="button"
            aria-pressed={chosen === category.id}
            onClick={() => onChoose(category.id)}
            className="min-h-12 shrink-0 whitespace-nowrap rounded-full bg-white px-5 text-base font-semibold text-ink-700 ring-1 ring-inset ring-ink-300 hover:bg-ink-100 aria-pressed:bg-ink-900 aria-pressed:text-white aria-pressed:ring-ink-900"
          >
            {category.name}
          </button>
        ))}
      </div>
      {more.left && <ScrollArrow side="left" onClick={() => scrollBy(-1)} />}
      {more.right && <ScrollArrow side="right" onClick={() => scrollBy(1)} />}
    </div>
  );
}

function ScrollArrow({ side, onClick }: { side: 'left' | 'right'; onClick: () => void }) {
  return (
    <button
      type="button"
      tabIndex={-1}
      aria-label={side === 'left' ? 'Earlier categories' : 'More categories'}
      onClick={onClick}
      className={`absolute top-1/2 grid size-12 -translate-y-1/2 place-items-center rounded-full bg-white text-ink-800 shadow-md ring-1 ring-ink-200 hover:bg-ink-100 ${side === 'left' ? 'left-0' : 'right-0'}`}
    >
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d={side === 'left' ? 'm15 6-6 6 6 6' : 'm9 6 6 6-6 6'} />
      </svg>
    </button>
  );
}
