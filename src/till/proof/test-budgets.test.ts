import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../pricing';
import { PROOF_LIMITS, testBudgets } from './test-budgets';

const automated = { webdriver: true };

describe('the test-only pricing budgets', () => {
  it.each([
    ['an ordinary browser ignores them', { navigator: { webdriver: false }, __tillTestBudgets: { mainSteps: 5 } }, {}],
    ['a browser with no navigator ignores them', { __tillTestBudgets: { mainSteps: 5 } }, {}],
    ['an automated browser with none set has none', { navigator: automated }, {}],
    ['an automated browser takes all three', { navigator: automated, __tillTestBudgets: { mainSteps: 5, proofSteps: 50, exactMs: 0 } }, { mainSteps: 5, proofSteps: 50, exactMs: 0 }],
    ['a budget can only be lowered', { navigator: automated, __tillTestBudgets: { mainSteps: 1e12, proofSteps: 1e12, exactMs: 1e12 } }, { mainSteps: DEFAULT_LIMITS.maxSteps, proofSteps: PROOF_LIMITS.maxSteps, exactMs: PROOF_LIMITS.exactMs }],
    ['nonsense is ignored', { navigator: automated, __tillTestBudgets: { mainSteps: -1, proofSteps: '9' } }, {}],
    ['fractions are ignored', { navigator: automated, __tillTestBudgets: { mainSteps: 2.5 } }, {}],
    ['a value that is not an object is ignored', { navigator: automated, __tillTestBudgets: 7 }, {}],
  ])('%s', (_, env, expected) => {
    expect(testBudgets(env)).toEqual(expected);
  });

  it('are absent in the unit tests (not an automated browser)', () => {
    expect(testBudgets()).toEqual({});
  });
});
