/**
 * The demo book's case of `npm run bench:ui` (method in `ui.bench.ts`'s header): the till in
 * Chromium filled to a long receipt, then timed scans; and the engine alone on the same baskets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type LaunchOptions } from '@playwright/test';
import { priceBasket, pricingContext, validatePriceBook, type BasketItem, type PriceBook, type Product } from '../src/pricing';
import { localDate } from '../src/till/local-date';
import { ROOT } from './ui-build';
import { say } from './ui-stats';

export const BOOK_PATH = '/books/demo.json';
/** Products the timed scans cycle through: every one is on at least one offer of the demo book. */
const TIMED_SKUS = [
  'sw-egg-cress', // meal deal main
  'crisps-sea-salt', // meal deal snack
  'cola-500', // meal deal drink, soft drinks 2 for £2
  'cheddar-mature', // cheese 3 for 2
  'yog-strawberry', // any 3 yoghurts for £1.50
  'rm-lasagne', // any 2 ready meals for £5
  'wine-sauvignon', // 25% off selected wines, any 6 wines for £40
  'lager-4', // any 2 four packs for £9
  'laundry-bio', // £1 off laundry, household spend threshold
  'strawberries-400', // half price, limit 2
  'beef-burgers-4', // burgers + buns bundle
  'burger-buns-4',
];

/** The run's options (`ui.bench.ts` reads them from the command line). */
export interface DemoOptions {
  /** Receipt lines before timing. */
  readonly lines: number;
  /** Scans timed. */
  readonly scans: number;
  /** Pause before each timed scan, in ms. */
  readonly gapMs: number;
  /** Categories left out of every scan. */
  readonly without: ReadonlySet<string>;
  /** Where to save a CPU profile of the timed scans. */
  readonly profile?: string | undefined;
}


/** One timed scan, in ms on the page's clock. */
export interface Sample {
  /** From the Enter keydown reaching the page's first listener to after the frame showing it. */
  readonly total: number;
  /** From the key event's creation (`event.timeStamp`) to the first listener: input queueing. */
  readonly input: number;
  /** Enter to the DOM mutation (the app's handler, the engine, React's render and commit). */
  readonly commit: number;
  /** Mutation to the next animation frame starting. */
  readonly toFrame: number;
  /** The frame: rAF to a task after it (style, layout, paint). */
  readonly frame: number;
  /** Whether the Total's text changed (else the receipt's mutation stopped the clock). */
  readonly totalChanged: boolean;
  /** From the Enter keydown to after the frame showing the scan's new line on the Receipt list. */
  readonly line: number;
}

/** The page's side of the measurement, installed before the app's scripts run. Plain JS: it runs in the page. */
const PROBE = `(() => {
  const probe = { armed: false, start: 0, eventAt: 0, mutatedAt: 0, totalChanged: false, first: null, lineSeen: false, line: null, done: null, resolve: null };
  // Capture on window, registered before the app registers its own: this runs first on Enter.
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !probe.armed || probe.start !== 0) return;
    probe.start = performance.now();
    probe.eventAt = event.timeStamp;
  }, { capture: true });
  // The frame after a mutation: rAF, then a task after that frame's paint.
  const afterFrame = (then) => requestAnimationFrame(() => { const frameAt = performance.now(); setTimeout(() => then(frameAt, performance.now()), 0); });
  const finish = () => {
    if (probe.first === null || probe.line === null) return;
    probe.armed = false;
    probe.resolve({ ...probe.first, line: probe.line });
  };
  probe.watch = (total, receipt, list) => {
    const options = { childList: true, characterData: true, subtree: true };
    const observer = new MutationObserver((records) => {
      if (!probe.armed || probe.start === 0 || probe.mutatedAt !== 0) return;
      probe.mutatedAt = performance.now();
      probe.totalChanged = records.some((record) => total.contains(record.target));
      afterFrame((frameAt, end) => {
        probe.first = {
          total: end - probe.start,
          input: probe.start - probe.eventAt,
          commit: probe.mutatedAt - probe.start,
          toFrame: frameAt - probe.mutatedAt,
          frame: end - frameAt,
          totalChanged: probe.totalChanged,
        };
        finish();
      });
    });
    observer.observe(total, options);
    observer.observe(receipt, options);
    // The Receipt list gaining the scan's line (its own items, not a row's text changing).
    new MutationObserver((records) => {
      if (!probe.armed || probe.start === 0 || probe.lineSeen || !records.some((r) => r.addedNodes.length > 0)) return;
      probe.lineSeen = true;
      afterFrame((_frameAt, end) => {
        probe.line = end - probe.start;
        finish();
      });
    }).observe(list, { childList: true });
  };
  probe.arm = () => {
    probe.armed = true;
    probe.start = 0;
    probe.mutatedAt = 0;
    probe.first = null;
    probe.lineSeen = false;
    probe.line = null;
    probe.done = new Promise((resolve) => (probe.resolve = resolve));
  };
  probe.next = (timeoutMs) =>
    Promise.race([probe.done, new Promise((_, reject) => setTimeout(() => reject(new Error('the receipt did not change within ' + timeoutMs + ' ms of Enter')), timeoutMs))]);
  window.__uiBench = probe;
})();`;

interface Probe {
  watch(total: unknown, receipt: unknown, list: unknown): void;
  arm(): void;
  next(timeoutMs: number): Promise<Sample>;
}
/** The page's globals (evaluated functions are serialized: they can only name what the page has). */
type ProbeGlobals = typeof globalThis & { __uiBench: Probe };

export interface BrowserRun {
  readonly chromium: string;
  readonly samples: Sample[];
  readonly linesAtStart: number;
  readonly linesAtEnd: number;
  readonly unproven: number;
  readonly finalTotal: string;
  readonly fillSeconds: number;
}

export function loadBook(): PriceBook {
  const valid = validatePriceBook(JSON.parse(readFileSync(join(ROOT, 'public', BOOK_PATH), 'utf8')));
  if (!valid.ok) throw new Error(`${BOOK_PATH} is not a valid book`);
  return valid.book;
}

/** The fill: every product sold by the unit, round-robin over the categories (a big family shop), repeated as needed. */
export function fillProducts(book: PriceBook, options: DemoOptions): Product[] {
  const byUnit = book.products.filter((p) => p.unit !== 'kg' && (p.barcodes?.length ?? 0) > 0 && !options.without.has(p.category ?? ''));
  const categories = [...new Set(byUnit.map((p) => p.category))].map((c) => byUnit.filter((p) => p.category === c));
  const order: Product[] = [];
  for (let i = 0; order.length < byUnit.length; i++) for (const list of categories) if (list[i] !== undefined) order.push(list[i]!);
  return Array.from({ length: options.lines }, (_, i) => order[i % order.length]!);
}

export function timedProducts(book: PriceBook, options: DemoOptions): Product[] {
  const products = TIMED_SKUS.map((sku) => {
    const product = book.products.find((p) => p.sku === sku);
    if (product?.barcodes?.[0] === undefined) throw new Error(`${BOOK_PATH} has no product ${sku} with a barcode`);
    return product;
  }).filter((p) => !options.without.has(p.category ?? ''));
  if (products.length === 0) throw new Error(`--without ${[...options.without].join(',')} leaves no product to time`);
  return Array.from({ length: options.scans }, (_, i) => products[i % products.length]!);
}

const barcodeOf = (product: Product) => product.barcodes![0]!;

export async function runTill(baseUrl: string, launch: LaunchOptions, fill: readonly Product[], timed: readonly Product[], options: DemoOptions): Promise<BrowserRun> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ ...launch, headless: true });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // a fresh profile: empty localStorage
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript({ content: PROBE });
    await page.goto(`${baseUrl}/?book=${encodeURIComponent(BOOK_PATH)}`);
    // The demo cashier (src/staff/demo-staff.ts) signs in: a till takes no sale before.
    const signIn = page.getByRole('region', { name: 'Sign in' });
    await signIn.getByRole('combobox', { name: 'Operator' }).selectOption('3');
    await signIn.getByLabel('PIN', { exact: true }).fill('3333');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    const barcode = page.getByLabel('Barcode');
    const total = page.getByRole('status', { name: 'Total' });
    const receipt = page.getByRole('list', { name: 'Receipt' });
    const itemCount = page.getByRole('complementary', { name: 'Sale' });
    const unprovenNote = page.getByText('Best price not proven in time');
    await barcode.waitFor();
    await barcode.focus();

    const items = (n: number) => itemCount.getByText(`${n} ${n === 1 ? 'item' : 'items'}`, { exact: true });
    const waitForItems = (n: number) => items(n).waitFor({ timeout: 30_000 });
    // The sale's first wine asks for the customer's age (Challenge 25): the cashier confirms, and the
    // answer covers every later item of that age, so the timed scans never ask.
    const ageCheck = page.getByRole('dialog', { name: "Check the customer's age" });
    const waitForItemsOrAgeCheck = async (n: number) => {
      await items(n).or(ageCheck).waitFor({ timeout: 30_000 });
      if (!(await ageCheck.isVisible())) return;
      await ageCheck.getByRole('button', { name: /^Yes, \d+ or over$/ }).click();
      await waitForItems(n);
      await barcode.focus();
    };
    const checkNoErrors = () => {
      if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    };

    say(`filling the receipt: ${fill.length} scans`);
    const fillStart = performance.now();
    for (const [i, product] of fill.entries()) {
      await page.keyboard.type(barcodeOf(product));
      await page.keyboard.press('Enter');
      await waitForItemsOrAgeCheck(i + 1);
      checkNoErrors();
    }
    const fillSeconds = (performance.now() - fillStart) / 1000;
    const linesAtStart = await receipt.getByRole('listitem').filter({ hasNotText: /^Discount:/ }).count();
    if (linesAtStart !== fill.length) throw new Error(`expected ${fill.length} lines after the fill, found ${linesAtStart}`);
    if ((await total.textContent()) === '£0.00') throw new Error('the Total did not move during the fill');

    const receiptList = await receipt.elementHandle();
    await page.evaluate(([t, r]) => (globalThis as ProbeGlobals).__uiBench.watch(t, r, r), [await total.elementHandle(), receiptList] as const);
    let cdp: CDPSession | undefined;
    if (options.profile !== undefined) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }

    say(`timing ${timed.length} scans`);
    const samples: Sample[] = [];
    let unproven = 0;
    for (const [i, product] of timed.entries()) {
      await page.waitForTimeout(options.gapMs);
      await page.keyboard.type(barcodeOf(product)); // the digits are not timed
      await page.evaluate(() => (globalThis as ProbeGlobals).__uiBench.arm());
      await page.keyboard.press('Enter');
      samples.push(await page.evaluate((ms) => (globalThis as ProbeGlobals).__uiBench.next(ms), 30_000));
      await waitForItems(fill.length + i + 1);
      if (await unprovenNote.isVisible()) unproven++;
      checkNoErrors();
    }

    if (cdp !== undefined && options.profile !== undefined) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(options.profile, JSON.stringify(profile));
      say(`CPU profile of the timed scans written to ${options.profile} (open it in Chromium's DevTools, Performance)`);
    }
    const linesAtEnd = await receipt.getByRole('listitem').filter({ hasNotText: /^Discount:/ }).count();
    return { chromium: browser.version(), samples, linesAtStart, linesAtEnd, unproven, finalTotal: (await total.textContent()) ?? '', fillSeconds };
  } finally {
    await browser?.close();
  }
}

// The engine alone, on the same baskets

/** `priceBasket` as `usePricing` calls it, on the same basket after each scan; only the timed scans are kept. */
export function engineTimes(book: PriceBook, fill: readonly Product[], timed: readonly Product[]): { times: number[]; unproven: number } {
  const context = pricingContext(book);
  const options = { date: localDate(new Date()), context, limits: { clock: () => performance.now() }, nearMisses: false };
  const items: BasketItem[] = [];
  const times: number[] = [];
  let unproven = 0;
  for (const [i, product] of [...fill, ...timed].entries()) {
    items.push({ sku: product.sku, quantity: 1 });
    const basket = [...items];
    const start = performance.now();
    const result = priceBasket(book, basket, options);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`the engine refused the basket: ${JSON.stringify(result.problems)}`);
    if (i < fill.length) continue;
    times.push(ms);
    if (!result.receipt.optimal) unproven++;
  }
  return { times, unproven };
}

