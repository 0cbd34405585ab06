export function App() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-ink-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center gap-3 px-6 py-4">
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-lg bg-brand-600 text-white">
            <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M3 6h18l-2 11H5L3 6Z" />
              <path d="M8 6l3-3M16 6l-3-3" />
            </svg>
          </span>
          <h1 className="text-xl font-semibold tracking-tight">Till</h1>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-10">
        <section className="rounded-xl border border-ink-200 bg-white p-6 shadow-sm">
          <p className="text-ink-700">
            The till screen arrives with the till issue; the pricing engine is available from the command line:{' '}
            <code className="rounded bg-brand-50 px-1.5 py-0.5 font-mono text-sm text-brand-700">npm run price</code>
          </p>
        </section>
      </main>
    </div>
  );
}
