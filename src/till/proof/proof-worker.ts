/**
 * Finishes proofs off the main thread. The till prices each scan within a frame's budget; when that
 * cannot prove the total the lowest, the same engine runs here on the same book, basket and date
 * with a budget a hundred times larger, and where that cannot prove it either, the exact fallback
 * solves the basket with HiGHS (`prove.ts`). A scan never waits for it.
 */
import type { Highs } from 'highs';
// The solver's WebAssembly, emitted by Vite as an asset of this site (never fetched from elsewhere).
import highsWasm from 'highs/runtime?url';
import { pricingContext, type PricingResult } from '../../pricing';
import { serveRequests, type WorkerScope } from '../../lib/worker-host';
import { bookFromTheWire, type BookOnTheWire } from '../books/book-wire';
import { milpSolverOf } from './highs-solver';
import { prove, type ProofRequest } from './prove';

let highs: Promise<Highs> | undefined;

/**
 * HiGHS, loaded on the first proof the engine cannot settle and kept for the worker's life. The
 * import is dynamic so that its loader is a chunk of its own, fetched only then; a failed load is
 * forgotten, so the next proof tries again.
 */
function loadSolver(seconds: number) {
  highs ??= import('highs')
    .then((m) => m.default({ locateFile: () => highsWasm }))
    .catch((error: unknown) => {
      highs = undefined;
      throw error;
    });
  return highs.then((loaded) => milpSolverOf(loaded, seconds));
}

serveRequests(
  self as unknown as WorkerScope<BookOnTheWire, ProofRequest, PricingResult>,
  (wire) => pricingContext(bookFromTheWire(wire)),
  (context, request) => prove(context, request, loadSolver, () => performance.now()),
);
