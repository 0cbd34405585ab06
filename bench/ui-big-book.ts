/**
 * The big-book case of `npm run bench:ui -- --big`: the production till on the 40,000-product book
 * written by `npm run make:big-book` (bench/books/big.json, never in the build). The page asks for
 * `/bench-books/big.json`, which only this benchmark answers (Playwright's `page.route`, from the
 * file), so the book is served as the app would fetch a shipped one without ever being in `dist/`.
 *
 * Three figures, each in a fresh browser context (empty storage, cold caches but the same browser):
 * - open: navigation start to after the first frame that shows the Barcode field (the till ready
 *   to scan: the book fetched, parsed, validated, indexed, and the screen drawn), --opens times;
 * - keystroke: each letter of a few searches typed into Search products, from its keydown to after
 *   the frame that shows that prefix's matches;
 * - scan: barcodes of the book scanned into the Barcode field, from the Enter keydown to after the
 *   frame whose Total or Receipt changed.
 * It also counts the product buttons in the page, to show the grid draws a screenful, not the book.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, LaunchOptions, Page } from '@playwright/test';
import { chromium } from '@playwright/test';

export const BIG_BOOK_ROUTE = '/bench-books/big.json';
const QUERIES = ['hollybush cheddar', 'semi skimmed', 'crisps'];
const SCANS = 30;

export interface BigBookRun {
  readonly products: number;
  readonly openMs: number[];
  readonly keystrokeMs: number[];
  readonly scanMs: number[];
  readonly buttonsInPage: number;
}

/** In the page: the time the Barcode field first shows (after the frame that paints it), and a per-event clock. */
const PROBE = `(() => {
  const afterFrame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
  const probe = { readyAt: 0, start: 0, done: null };
  new MutationObserver((_, observer) => {
    if (probe.readyAt !== 0 || document.querySelector('input[aria-label="Barcode"]') === null) return;
    observer.disconnect();
    afterFrame(() => (probe.readyAt = performance.now()));
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('keydown', () => { if (probe.start === 0) probe.start = performance.now(); }, { capture: true });
  // Resolves after the frame in which 'test()' first holds, with ms since the last keydown.
  probe.until = (test) => new Promise((resolve) => {
    const check = () => {
      if (!test()) return false;
      afterFrame(() => { const ms = performance.now() - probe.start; probe.start = 0; resolve(ms); });
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  probe.untilProducts = (prefix) => probe.until(() => (document.querySelector('[aria-label="Products"]')?.textContent ?? '').includes('for \u201c' + prefix + '\u201d'));
  probe.untilTotalChanges = () => {
    const total = document.querySelector('[role="status"][aria-label="Total"]');
    const before = total?.textContent;
    return probe.until(() => total?.textContent !== before);
  };
  window.__bigBench = probe;
})();`;

interface BigProbe {
  readyAt: number;
  start: number;
  until(test: () => boolean): Promise<number>;
  untilProducts(prefix: string): Promise<number>;
  untilTotalChanges(): Promise<number>;
}
type BigGlobals = typeof globalThis & { __bigBench: BigProbe };

async function openTill(browser: Browser, baseUrl: string, book: string): Promise<{ context: BrowserContext; page: Page; openMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`**${BIG_BOOK_ROUTE}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: book }));
  await page.addInitScript({ content: PROBE });
  await page.goto(`${baseUrl}/?book=${encodeURIComponent(BIG_BOOK_ROUTE)}`);
  await page.waitForFunction(() => (globalThis as BigGlobals).__bigBench.readyAt > 0, undefined, { timeout: 60_000 });
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
  return { context, page, openMs: await page.evaluate(() => (globalThis as BigGlobals).__bigBench.readyAt) };
}

/** Runs the big-book case against the production build served at `baseUrl`. */
export async function runBigBook(baseUrl: string, launch: LaunchOptions, bookPath: string, opens: number): Promise<BigBookRun> {
  if (!existsSync(bookPath)) throw new Error('no big book: run `npm run make:big-book` first');
  const book = readFileSync(bookPath, 'utf8');
  const parsed = JSON.parse(book) as { products: { name: string; barcodes?: string[]; unit: string }[] };
  const browser = await chromium.launch({ ...launch, headless: true });
  try {
    const openMs: number[] = [];
    for (let run = 0; run < opens; run += 1) {
      const { context, openMs: ms } = await openTill(browser, baseUrl, book);
      openMs.push(ms);
      await context.close();
    }

    const { context, page } = await openTill(browser, baseUrl, book);
    const buttonsInPage = await page.getByRole('region', { name: 'Products' }).getByRole('button').count();
    const keystrokeMs: number[] = [];
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
        keystrokeMs.push(await shown);
      }
      await search.fill('');
    }

    const codes = parsed.products.filter((p) => p.unit !== 'kg').flatMap((p) => p.barcodes?.slice(0, 1) ?? []);
    const scanMs: number[] = [];
    await page.getByLabel('Barcode').focus();
    for (let i = 0; i < SCANS; i += 1) {
      const code = codes[(i * 7919) % codes.length]!;
      await page.keyboard.type(code);
      const items = `${i + 1} ${i === 0 ? 'item' : 'items'}`;
      const shown = page.evaluate(() => (globalThis as BigGlobals).__bigBench.untilTotalChanges());
      await page.evaluate(() => ((globalThis as BigGlobals).__bigBench.start = 0));
      await page.keyboard.press('Enter');
      scanMs.push(await shown);
      await page.getByRole('complementary', { name: 'Sale' }).getByText(items, { exact: true }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(200);
    }
    await context.close();
    return { products: parsed.products.length, openMs, keystrokeMs, scanMs, buttonsInPage };
  } finally {
    await browser.close();
  }
}
