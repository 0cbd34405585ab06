/**
 * The big-book case of `npm run bench:ui -- --big`: the production till on the 40,000-product book
 * written by `npm run make:big-book` (bench/books/big.json, never in the build). The store's list
 * of books (`/books/index.json`) is answered by this benchmark (Playwright's `page.route`) with the
 * big book as the store's only book, at `/bench-books/big.json`, which only the benchmark answers,
 * from the file: the till opens it as a store opens its own book (no `?book=`, which needs a
 * manager), without it ever being in `dist/`.
 *
 * Three figures, in one browser profile that has started the till once before (its first start,
 * timed apart as `firstStartMs`, creates the demo staff, hashing three PINs: a till pays that once
 * in its life, not every morning):
 * - open: navigation start to after the first frame that shows the Barcode field (the till ready
 *   to scan: the book fetched, parsed, validated, indexed, and the screen drawn), --opens times,
 *   each in a new page (a reload: the app's JavaScript may come from the browser's cache, the book
 *   never does, being answered by the route).
 *   A till asks for a PIN first: the script signs the demo cashier in as soon as the sign-in screen
 *   shows, and the time between that screen's first frame and the Sign in click (the script's
 *   typing, a person's in a shop) is taken out; the PIN check itself stays in. The parts are kept:
 *   navigation → sign-in screen painted, Sign in click → Barcode field painted;
 * - keystroke: each letter of a few searches typed into Search products, from its keydown to after
 *   the frame that shows that prefix's matches;
 * - scan: barcodes of the book scanned into the Barcode field, from the Enter keydown to after the
 *   frame whose Total or Receipt changed.
 * It also counts the product buttons in the page, to show the grid draws a screenful, not the book.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, LaunchOptions, Page } from '@playwright/test';
import { chromium } from '@playwright/test';

export const BIG_BOOK_ROUTE = '/bench-books/big.json';
const QUERIES = ['hollybush cheddar', 'semi skimmed', 'crisps'];
const SCANS = 30;

export interface BigBookRun {
  readonly products: number;
  readonly openMs: number[];
  /** The same, on the profile's first start (the demo staff created). */
  readonly firstStartMs: number;
  /** Navigation → the sign-in screen's first frame, per open. */
  readonly signInShownMs: number[];
  /** Sign in click → the Barcode field's first frame, per open. */
  readonly afterSignInMs: number[];
  readonly keystrokes: EventTiming[];
  readonly scans: EventTiming[];
  readonly buttonsInPage: number;
  /** Paths of the scripts the page fetched before it was ready to scan (the last timed open). */
  readonly scriptsBeforeReady: string[];
}

/**
 * In the page: the time the Barcode field first shows (after the frame that paints it), and a
 * per-event clock. Each timed event (a keystroke, a scan) is cut in three at the page's own
 * moments: the key's keydown; the first animation frame after it starts (the frame that shows
 * the key's own effect: the letter in the field, the Barcode field emptied); the DOM change timed
 * (a MutationObserver callback, straight after React's commit); after the frame that paints it.
 */
const PROBE = `(() => {
  const afterFrame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
  const probe = { readyAt: 0, signInShownAt: 0, signInClickAt: 0, start: 0, inputFrameAt: 0, done: null };
  let signInSeen = false;
  new MutationObserver((_, observer) => {
    if (!signInSeen && document.querySelector('section[aria-labelledby="sign-in-title"] form') !== null) {
      signInSeen = true;
      afterFrame(() => (probe.signInShownAt = performance.now()));
    }
    if (probe.readyAt !== 0 || document.querySelector('input[aria-label="Barcode"]') === null) return;
    observer.disconnect();
    afterFrame(() => (probe.readyAt = performance.now()));
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('submit', () => { if (probe.signInClickAt === 0) probe.signInClickAt = performance.now(); }, { capture: true });
  window.addEventListener('keydown', () => {
    if (probe.start !== 0) return;
    const start = performance.now();
    probe.start = start;
    probe.inputFrameAt = 0;
    requestAnimationFrame(() => { if (probe.start === start) probe.inputFrameAt = performance.now(); });
  }, { capture: true });
  // Resolves after the frame in which 'test()' first holds: ms since the last keydown, and its parts.
  probe.until = (test) => new Promise((resolve) => {
    const check = () => {
      if (!test()) return false;
      const changedAt = performance.now();
      afterFrame(() => {
        const { start, inputFrameAt } = probe;
        const end = performance.now();
        probe.start = 0;
        resolve({ ms: end - start, toInputFrame: (inputFrameAt || changedAt) - start, toChange: changedAt - start, toPainted: end - changedAt });
      });
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  probe.untilProducts = (prefix) => probe.until(() => (document.querySelector('[aria-label="Products"]')?.textContent ?? '').includes('for \\u201c' + prefix + '\\u201d'));
  probe.untilTotalChanges = () => {
    const total = document.querySelector('[role="status"][aria-label="Total"]');
    const before = total?.textContent;
    return probe.until(() => total?.textContent !== before);
  };
  window.__bigBench = probe;
})();`;

/** One timed keystroke or scan, in ms on the page's clock. */
export interface EventTiming {
  /** Keydown → after the frame that shows the change. */
  readonly ms: number;
  /** Keydown → the first animation frame after it starts (the change, when it came sooner). */
  readonly toInputFrame: number;
  /** Keydown → the change in the DOM (React's commit). */
  readonly toChange: number;
  /** The change → after the frame that paints it. */
  readonly toPainted: number;
}

interface BigProbe {
  readyAt: number;
  signInShownAt: number;
  signInClickAt: number;
  start: number;
  until(test: () => boolean): Promise<EventTiming>;
  untilProducts(prefix: string): Promise<EventTiming>;
  untilTotalChanges(): Promise<EventTiming>;
}
type BigGlobals = typeof globalThis & { __bigBench: BigProbe };

/** The store's list of books, naming the big book as its only (and default) book. */
const BIG_INDEX = JSON.stringify({ default: 'big', books: [{ id: 'big', name: 'Big catalogue', url: BIG_BOOK_ROUTE }] });
/** The demo cashier (`src/staff/demo-staff.ts`), seeded on a store whose default book the app serves. */
const CASHIER = { id: '3', pin: '3333' };

interface Opened {
  readonly page: Page;
  readonly openMs: number;
  readonly signInShownMs: number;
  readonly afterSignInMs: number;
  readonly scriptsBeforeReady: string[];
}

async function openTill(context: BrowserContext, baseUrl: string, book: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/books/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: BIG_INDEX }));
  await page.route(`**${BIG_BOOK_ROUTE}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: book }));
  await page.addInitScript({ content: PROBE });
  await page.goto(`${baseUrl}/`);
  const signIn = page.getByRole('region', { name: 'Sign in' });
  await signIn.getByRole('combobox', { name: 'Operator' }).selectOption(CASHIER.id, { timeout: 60_000 });
  await signIn.getByLabel('PIN', { exact: true }).fill(CASHIER.pin);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForFunction(() => (globalThis as BigGlobals).__bigBench.readyAt > 0, undefined, { timeout: 60_000 });
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
  const probe = await page.evaluate(() => {
    const { readyAt, signInShownAt, signInClickAt } = (globalThis as BigGlobals).__bigBench;
    // Module scripts and their imports, static and dynamic, fetched before the Barcode field showed.
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < readyAt && new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname);
    return { readyAt, signInShownAt, signInClickAt, scripts };
  });
  const afterSignInMs = probe.readyAt - probe.signInClickAt;
  return { page, openMs: probe.signInShownAt + afterSignInMs, signInShownMs: probe.signInShownAt, afterSignInMs, scriptsBeforeReady: probe.scripts };
}

/** Runs the big-book case against the production build served at `baseUrl`. */
export async function runBigBook(baseUrl: string, launch: LaunchOptions, bookPath: string, opens: number): Promise<BigBookRun> {
  if (!existsSync(bookPath)) throw new Error('no big book: run `npm run make:big-book` first');
  const book = readFileSync(bookPath, 'utf8');
  const parsed = JSON.parse(book) as { products: { name: string; barcodes?: string[]; unit: string }[] };
  const browser = await chromium.launch({ ...launch, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const first = await openTill(context, baseUrl, book);
    await first.page.close();
    const openMs: number[] = [];
    const signInShownMs: number[] = [];
    const afterSignInMs: number[] = [];
    let scriptsBeforeReady: string[] = [];
    for (let run = 0; run < opens; run += 1) {
      const opened = await openTill(context, baseUrl, book);
      scriptsBeforeReady = opened.scriptsBeforeReady;
      openMs.push(opened.openMs);
      signInShownMs.push(opened.signInShownMs);
      afterSignInMs.push(opened.afterSignInMs);
      await opened.page.close();
    }

    const { page } = await openTill(context, baseUrl, book);
    const buttonsInPage = await page.getByRole('region', { name: 'Products' }).getByRole('button').count();
    const keystrokes: EventTiming[] = [];
    const search = page.getByLabel('Search products');
    for (const query of QUERIES) {
      await search.focus();
      for (let i = 1; i <= query.length; i += 1) {
        const prefix = query.slice(0, i);
        const key = query[i - 1] === ' ' ? 'Space' : query[i - 1]!;
        await page.evaluate(() => ((globalThis as BigGlobals).__bigBench.start = 0));
        if (prefix.endsWith(' ')) {
          await page.keyboard.press(key); // the same matches as without the space: nothing to wait for
          continue;
        }
        const shown = page.evaluate((p) => (globalThis as BigGlobals).__bigBench.untilProducts(p), prefix);
        await page.keyboard.press(key);
        keystrokes.push(await shown);
      }
      await search.fill('');
    }

    const codes = parsed.products.filter((p) => p.unit !== 'kg').flatMap((p) => p.barcodes?.slice(0, 1) ?? []);
    const scans: EventTiming[] = [];
    await page.getByLabel('Barcode').focus();
    for (let i = 0; i < SCANS; i += 1) {
      const code = codes[(i * 7919) % codes.length]!;
      await page.keyboard.type(code);
      const items = `${i + 1} ${i === 0 ? 'item' : 'items'}`;
      const shown = page.evaluate(() => (globalThis as BigGlobals).__bigBench.untilTotalChanges());
      await page.evaluate(() => ((globalThis as BigGlobals).__bigBench.start = 0));
      await page.keyboard.press('Enter');
      scans.push(await shown);
      await page.getByRole('complementary', { name: 'Sale' }).getByText(items, { exact: true }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(200);
    }
    await context.close();
    return { products: parsed.products.length, openMs, firstStartMs: first.openMs, signInShownMs, afterSignInMs, keystrokes, scans, buttonsInPage, scriptsBeforeReady };
  } finally {
    await browser.close();
  }
}
