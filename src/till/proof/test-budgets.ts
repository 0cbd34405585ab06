import { DEFAULT_LIMITS } from '../../pricing';

/**
 * The proof worker's budget: a hundred times the main thread's steps, and seconds rather than a
 * frame (the engine's search takes half the guard: 5 s). Generous because Pay waits for it: on a
 * loaded test machine a 4 s guard gave up on a meal-deals basket that 1 s proves on an idle one.
 */
export const PROOF_LIMITS = { maxSteps: DEFAULT_LIMITS.maxSteps * 100, maxMs: 10_000 } as const;

/** Step budgets a test may lower: the main thread's (so a basket needs the worker) and the worker's (so it gives up). */
export interface TestBudgets {
  readonly mainSteps?: number;
  readonly proofSteps?: number;
}

/** Where an automated browser puts {@link TestBudgets} before the page loads (Playwright's `addInitScript`). */
export const TEST_BUDGETS_GLOBAL = '__tillTestBudgets';

/**
 * The test-only route to the pricing budgets (docs/scripting.md). It is read only in a browser
 * under automation (`navigator.webdriver`, which WebDriver and the DevTools protocol set and an
 * ordinary browser never does), and it can only lower a budget, never raise one: a lowered main
 * budget moves work to the proof worker, which changes no price; a lowered worker budget makes the
 * till charge its best price found, which it says on screen and in the journal.
 */
export function testBudgets(env: { readonly navigator?: { readonly webdriver?: boolean }; readonly [TEST_BUDGETS_GLOBAL]?: unknown } = globalThis): TestBudgets {
  if (env.navigator?.webdriver !== true) return {};
  const asked = env[TEST_BUDGETS_GLOBAL];
  if (typeof asked !== 'object' || asked === null) return {};
  const { mainSteps, proofSteps } = asked as Record<string, unknown>;
  const lowered = (value: unknown, ceiling: number) => (Number.isSafeInteger(value) && (value as number) >= 0 ? Math.min(value as number, ceiling) : undefined);
  const main = lowered(mainSteps, DEFAULT_LIMITS.maxSteps);
  const proof = lowered(proofSteps, PROOF_LIMITS.maxSteps);
  return { ...(main === undefined ? {} : { mainSteps: main }), ...(proof === undefined ? {} : { proofSteps: proof }) };
}
