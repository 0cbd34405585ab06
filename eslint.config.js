import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The features. Each is a folder of `src/` that imports another only through that one's public
 * entry, `src/<feature>/index.ts` (`../sales`, never `../sales/journal-entry`): what a feature
 * exports there is its contract, the rest its own to change. `app/` composes the features and may
 * reach into them; `ui/` and `lib/` are shared by all and import none.
 */
const features = ['till', 'sales', 'backoffice', 'staff', 'devices', 'hq', 'head-office'];

/** `../other/anything` at any depth, but not `../other` or `../other/index` (its public entry). */
const internalsOf = (feature) => `^(\\.\\./)+${feature}/(?!index$).+`;

/** Packages a pure module (the engine, the barcode rules) must never reach for. */
const uiPackages = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*', 'dexie'];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Features keep to their own internals: another feature only through its index.ts.
  ...features.map((feature) => ({
    files: [`src/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: features
            .filter((other) => other !== feature)
            .map((other) => ({ regex: internalsOf(other), message: `Import ${other} through its public entry (src/${other}/index.ts), not its internals: add what you need there.` })),
        },
      ],
    },
  })),
  {
    // Shared building blocks know no feature.
    files: ['src/ui/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: `^(\\.\\./)+(${[...features, 'app'].join('|')})(/|$)`, message: 'ui/ and lib/ are shared by every feature: they import none (pass what they need in).' }] },
      ],
    },
  },
  {
    // The boundary: pricing and barcodes are pure TypeScript. No UI library, no DOM, no clock.
    files: ['src/pricing/**/*.ts', 'src/barcodes/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'The engine is pure TypeScript: no React, state or storage libraries.' },
            { group: ['**/till/**', '**/sales/**', '**/backoffice/**', '**/app/**', '**/ui/**'], message: 'Pure packages never import features.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch'].map((name) => ({
          name,
          message: 'The engine never touches the DOM or the network.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: the engine is deterministic.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
    },
  },
  {
    // Everywhere else too: one concept per file, and functions of at most 80 lines of code (a
    // component lays out; pure rules and a hook own a workflow).
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 500 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The engine reads as clearly as it runs: one concept per file, functions that fit on a screen.
    files: ['src/pricing/**/*.ts'],
    ignores: ['src/pricing/**/*.test.ts'],
    rules: {
      'max-lines': ['error', { max: 500 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
);
