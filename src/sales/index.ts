/**
 * The sales feature's public entry: what other features may use of it (the lint rule in
 * `eslint.config.js` keeps them out of the rest). Types only so far, so importing it loads nothing.
 */
export type { JournalEntry, ZReport } from './journal-entry';
