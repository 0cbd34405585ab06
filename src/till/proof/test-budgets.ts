import { DEFAULT_LIMITS } from '../../pricing';

/**
 * The proof worker's budget: a hundred times the main thread's steps, and seconds rather than a
 * frame (the engine's search takes half the guard: 5 s). Generous because Pay waits for it: on a
 * loaded test machine a 4 s guard gave up on a meal-deals basket that 1 s proves on an idle one.
 * Then, where the engine has not proven its total, the exact fallback's solver gets `exactMs`
 * (HiGHS solves the offer families' baskets in 1 to 400 ms).
 */
export const PROOF_LIMITS = { maxSteps: DEFAULT_LIMITS.maxSteps * 100, maxMs: 10_000, exactMs: 5_000 } as const;

/**
 * Budgets a test may lower: the main thread's steps (so a basket needs the worker), the worker's
 * engine steps (so the engine gives up there too) and the exact fallback's milliseconds (0: none,
 * so the worker gives up).
 */
export interface TestBudgets {
  readonly mainSteps?: number;
  readonly proofSteps?: number;
  readonly exactMs?: number;
}

/** Where an automated browser puts {@link TestBudgets} before the page loads (Playwright's `addInitScript`). */
export const TEST_BUDGETS_GLOBAL = '__tillTestBudgets';

/**
 * The test-only route to the pricing budgets (docs/scripting.md). It is read only in a browser
 * under automation (`navigator.webdriver`, which WebDriver and the DevTools protocol set and an
 * ordinary browser never does), and it can only lower a budget, never raise one: a lowered main
 * budget moves work to the proof worker, which changes no price; lowered worker budgets (the
 * engine's and the exact fallback's) make the till charge its best price found, which it says on
 * screen and in the journal.
 */
export function testBudgets(env: { readonly navigator?: { readonly webdriver?: boolean }; readonly [TEST_BUDGETS_GLOBAL]?: unknown } = globalThis): TestBudgets {
  if (env.navigator?.webdriver !== true) return {};
  const asked = env[TEST_BUDGETS_GLOBAL];
  if (typeof asked !== 'object' || asked === null) return {};
  const { mainSteps, proofSteps, exactMs } = asked as Record<string, unknown>;
  const lowered = (value: unknown, ceiling: number) => (Number.isSafeInteger(value) && (value as number) >= 0 ? Math.min(value as number, ceiling) : undefined);
  const main = lowered(mainSteps, DEFAULT_LIMITS.maxSteps);
  const proof = lowered(proofSteps, PROOF_LIMITS.maxSteps);
  const exact = lowered(exactMs, PROOF_LIMITS.exactMs);
  return { ...(main === undefined ? {} : { mainSteps: main }), ...(proof === undefined ? {} : { proofSteps: proof }), ...(exact === undefined ? {} : { exactMs: exact }) };
}
