/**
 * `npm run bench:ui [-- --json] [-- --no-build]`: how fast the till paints a new total on a full
 * receipt, and how much JavaScript the production build ships. Prints tables; with --json, one
 * JSON object last.
 *
 * What it does:
 * 1. Builds the app (`npm run build`, unless --no-build) and serves `dist/` with `vite preview` on
 *    a free port.
 * 2. Sizes every `dist/**\/*.js`, raw and gzipped (level 9): the entry chunks index.html loads
 *    (and what they import statically) are what a till downloads before it can scan, and that is
 *    what the 150 kB budget is compared with; lazy chunks and workers are reported apart.
 * 3. In Debian's Chromium (the launch of playwright.config.ts), at 1440×900 with a fresh
 *    localStorage, opens the till on the demo book and scans real barcodes into the Barcode field
 *    until the receipt has --lines lines (every scan is its own line), then times --scans more
 *    scans, cycling through products on the meal deal, multi-buys, 3 for 2, percent and amount
 *    offers. For each one the digits are typed first; the clock starts at the Enter keydown (a
 *    capture listener on window installed before the app's own, so it runs first), and stops once
 *    the frame that shows the change has been produced: the first DOM mutation of the Total status
 *    (or, when the total happens not to change, of the receipt: same React commit), then
 *    `requestAnimationFrame`, then `setTimeout(0)` (after that frame's paint). The list follows the
 *    total by design (it is rendered from deferred values), so a second clock times Enter to the
 *    frame that shows the scan's new line on the Receipt list, reported beside it. Each scan waits for
 *    the previous measurement and then --gap-ms (a cashier's pace, and time for the hints worker).
 * 4. Times the engine alone on the same baskets in this process (`priceBasket` as `usePricing`
 *    calls it: one pricing context, no near misses), for the engine's share of the figure.
 *
 * Options: --lines N (200) on the receipt before timing, --scans N (100) timed, --gap-ms N (300)
 * between timed scans, --without CAT,… leaves categories out of every scan, --profile FILE saves a
 * CPU profile of the timed scans (Chromium's DevTools open it; sampling slows the figures a little).
 *
 * `--big [--opens N]` runs the 40,000-product case instead of the demo book's (`ui-big-book.ts`):
 * the time to open the till ready to scan (N opens, 5 unless given), each search keystroke, scans.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { priceBasket, pricingContext, validatePriceBook, type BasketItem, type PriceBook, type Product } from '../src/pricing';
import { localDate } from '../src/till/local-date';
import { runBigBook } from './ui-big-book';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BOOK_PATH = '/books/demo.json';
/** Production JavaScript loaded up front, gzipped, in kB (1000 bytes, as Vite reports sizes). */
const BUDGET_KB = 150;
/** One frame at 60 Hz. */
const FRAME_MS = 16;
/** The launch of playwright.config.ts: Debian's Chromium, never a downloaded build. */
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
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

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    lines: { type: 'string', default: '200' },
    scans: { type: 'string', default: '100' },
    'gap-ms': { type: 'string', default: '300' },
    profile: { type: 'string' },
    without: { type: 'string' },
    big: { type: 'boolean', default: false },
    opens: { type: 'string', default: '5' },
  },
});
const LINES = positiveInt('lines', values.lines);
const SCANS = positiveInt('scans', values.scans);
const GAP_MS = positiveInt('gap-ms', values['gap-ms'], 0);
/** Categories left out of the fill and the timed scans, to see what one offer costs (`--without household`). */
const WITHOUT = new Set(values.without?.split(',').filter((c) => c !== '') ?? []);

function positiveInt(name: string, text: string, min = 1): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not ${text}`);
  return n;
}

/** Progress goes to stderr, so stdout holds only the tables (and the JSON object last). */
const say = (message: string) => process.stderr.write(`${message}\n`);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const kb = (bytes: number) => round(bytes / 1000, 1);

interface Spread {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? 0) };
}

// ---------------------------------------------------------------------------------------------
// The production build and its JavaScript

interface JsFile {
  readonly file: string;
  /** `entry`: loaded by index.html before the till runs (the budget); `lazy`: a dynamic import; `worker`: a Web Worker's script. */
  readonly kind: 'entry' | 'lazy' | 'worker';
  readonly bytes: number;
  readonly gzipBytes: number;
}

function build(): void {
  say('building: npm run build');
  const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`npm run build failed (exit ${run.status ?? run.signal})`);
  }
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A `/assets/x.js` or `./x.js` reference made from `from` (a file in dist), as a path in dist. */
function resolveRef(ref: string, from: string): string {
  return ref.startsWith('/') ? join(DIST, ref) : resolve(dirname(from), ref);
}

function measureJavaScript(): JsFile[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = new Set<string>();
  const pending: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)) {
    pending.push(resolveRef((match[1] ?? match[2])!, join(DIST, 'index.html')));
  }
  // Follow static imports (`import"./x.js"`, `from"./x.js"`; Vite 8 may quote with backticks): they load before the entry runs.
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (entry.has(file)) continue;
    entry.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)) pending.push(resolveRef(match[1]!, file));
  }
  const all = jsFiles(DIST);
  const workers = new Set<string>();
  for (const file of all) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["'`]([^"'`]+\.js)["'`]/g)) workers.add(resolveRef(match[1]!, file));
  }
  return all
    .map((file): JsFile => {
      const content = readFileSync(file);
      return {
        file: relative(DIST, file),
        kind: entry.has(file) ? 'entry' : workers.has(file) ? 'worker' : 'lazy',
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzipBytes - a.gzipBytes);
}

// ---------------------------------------------------------------------------------------------
// The preview server

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

let preview: ChildProcess | undefined;

function stopPreview(): void {
  if (preview?.pid === undefined || preview.exitCode !== null || preview.signalCode !== null) return;
  try {
    process.kill(-preview.pid, 'SIGTERM'); // its own process group: vite and anything it started
  } catch {
    // already gone
  }
}

process.on('exit', stopPreview);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopPreview();
    process.exit(130);
  });
}

async function startPreview(): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  preview = child;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`vite preview did not answer on ${url} within 30 s: ${stderr}`);
}

// ---------------------------------------------------------------------------------------------
// The till in Chromium

/** One timed scan, in ms on the page's clock. */
interface Sample {
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

interface BrowserRun {
  readonly chromium: string;
  readonly samples: Sample[];
  readonly linesAtStart: number;
  readonly linesAtEnd: number;
  readonly unproven: number;
  readonly finalTotal: string;
  readonly fillSeconds: number;
}

function loadBook(): PriceBook {
  const valid = validatePriceBook(JSON.parse(readFileSync(join(ROOT, 'public', BOOK_PATH), 'utf8')));
  if (!valid.ok) throw new Error(`${BOOK_PATH} is not a valid book`);
  return valid.book;
}

/** The fill: every product sold by the unit, round-robin over the categories (a big family shop), repeated as needed. */
function fillProducts(book: PriceBook): Product[] {
  const byUnit = book.products.filter((p) => p.unit !== 'kg' && (p.barcodes?.length ?? 0) > 0 && !WITHOUT.has(p.category ?? ''));
  const categories = [...new Set(byUnit.map((p) => p.category))].map((c) => byUnit.filter((p) => p.category === c));
  const order: Product[] = [];
  for (let i = 0; order.length < byUnit.length; i++) for (const list of categories) if (list[i] !== undefined) order.push(list[i]!);
  return Array.from({ length: LINES }, (_, i) => order[i % order.length]!);
}

function timedProducts(book: PriceBook): Product[] {
  const products = TIMED_SKUS.map((sku) => {
    const product = book.products.find((p) => p.sku === sku);
    if (product?.barcodes?.[0] === undefined) throw new Error(`${BOOK_PATH} has no product ${sku} with a barcode`);
    return product;
  }).filter((p) => !WITHOUT.has(p.category ?? ''));
  if (products.length === 0) throw new Error(`--without ${values.without} leaves no product to time`);
  return Array.from({ length: SCANS }, (_, i) => products[i % products.length]!);
}

const barcodeOf = (product: Product) => product.barcodes![0]!;

async function runTill(baseUrl: string, fill: readonly Product[], timed: readonly Product[]): Promise<BrowserRun> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ ...LAUNCH, headless: true });
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

    const waitForItems = (n: number) => itemCount.getByText(`${n} ${n === 1 ? 'item' : 'items'}`, { exact: true }).waitFor({ timeout: 30_000 });
    const checkNoErrors = () => {
      if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    };

    say(`filling the receipt: ${fill.length} scans`);
    const fillStart = performance.now();
    for (const [i, product] of fill.entries()) {
      await page.keyboard.type(barcodeOf(product));
      await page.keyboard.press('Enter');
      await waitForItems(i + 1);
      checkNoErrors();
    }
    const fillSeconds = (performance.now() - fillStart) / 1000;
    const linesAtStart = await receipt.getByRole('listitem').filter({ hasNotText: /^Discount:/ }).count();
    if (linesAtStart !== fill.length) throw new Error(`expected ${fill.length} lines after the fill, found ${linesAtStart}`);
    if ((await total.textContent()) === '£0.00') throw new Error('the Total did not move during the fill');

    const receiptList = await receipt.elementHandle();
    await page.evaluate(([t, r]) => (globalThis as ProbeGlobals).__uiBench.watch(t, r, r), [await total.elementHandle(), receiptList] as const);
    let cdp: CDPSession | undefined;
    if (values.profile !== undefined) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }

    say(`timing ${timed.length} scans`);
    const samples: Sample[] = [];
    let unproven = 0;
    for (const [i, product] of timed.entries()) {
      await page.waitForTimeout(GAP_MS);
      await page.keyboard.type(barcodeOf(product)); // the digits are not timed
      await page.evaluate(() => (globalThis as ProbeGlobals).__uiBench.arm());
      await page.keyboard.press('Enter');
      samples.push(await page.evaluate((ms) => (globalThis as ProbeGlobals).__uiBench.next(ms), 30_000));
      await waitForItems(fill.length + i + 1);
      if (await unprovenNote.isVisible()) unproven++;
      checkNoErrors();
    }

    if (cdp !== undefined && values.profile !== undefined) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(values.profile, JSON.stringify(profile));
      say(`CPU profile of the timed scans written to ${values.profile} (open it in Chromium's DevTools, Performance)`);
    }
    const linesAtEnd = await receipt.getByRole('listitem').filter({ hasNotText: /^Discount:/ }).count();
    return { chromium: browser.version(), samples, linesAtStart, linesAtEnd, unproven, finalTotal: (await total.textContent()) ?? '', fillSeconds };
  } finally {
    await browser?.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The engine alone, on the same baskets

/** `priceBasket` as `usePricing` calls it, on the same basket after each scan; only the timed scans are kept. */
function engineTimes(book: PriceBook, fill: readonly Product[], timed: readonly Product[]): { times: number[]; unproven: number } {
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

// ---------------------------------------------------------------------------------------------

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${line(header)}\n${rows.map(line).join('\n')}\n`;
}

/** Newest modification time under a folder, in ms. */
function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

const load = loadavg().map((n) => round(n, 2));
if (!values['no-build']) build();
/** The browser runs dist/, the engine-alone figure runs src/: with --no-build they may differ. */
const stale = newest(join(ROOT, 'src')) > statSync(join(DIST, 'index.html')).mtimeMs;
const files = measureJavaScript();
const initialGzip = files.filter((f) => f.kind === 'entry').reduce((sum, f) => sum + f.gzipBytes, 0);
const totalGzip = files.reduce((sum, f) => sum + f.gzipBytes, 0);

if (values.big) {
  const url = await startPreview();
  say(`serving dist/ at ${url}; the big book from bench/books/big.json`);
  try {
    const big = await runBigBook(url, LAUNCH, join(ROOT, 'bench', 'books', 'big.json'), positiveInt('opens', values.opens));
    const row = (what: string, list: number[]) => [what, String(list.length), ...ms(spread(list))];
    const ms = (s: Spread) => [s.median.toFixed(1), s.p95.toFixed(1), s.max.toFixed(1)];
    process.stdout.write(
      table(
        [`${big.products} products (ms)`, 'runs', 'median', 'p95', 'max'],
        [
          row('navigation → ready to scan (Barcode field painted, sign-in typing taken out)', big.openMs),
          row('  navigation → sign-in screen painted', big.signInShownMs),
          row('  Sign in click → Barcode field painted', big.afterSignInMs),
          row('search keystroke → matches painted', big.keystrokeMs), row('scan: Enter → total painted', big.scanMs),
        ],
      ),
    );
    process.stdout.write(`first start (the demo staff created, three PINs hashed): ${big.firstStartMs.toFixed(1)} ms to ready\n`);
    process.stdout.write(`product buttons in the page: ${big.buttonsInPage}; ${kb(initialGzip).toFixed(1)} kB of entry JavaScript (gzip)\n`);
    process.stdout.write(`load average ${load.join(' ')} at the start, ${loadavg().map((n) => round(n, 2)).join(' ')} at the end; node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
  } finally {
    stopPreview();
  }
  process.exit(0);
}

const book = loadBook();
const fill = fillProducts(book);
const timed = timedProducts(book);
const baseUrl = await startPreview();
say(`serving dist/ at ${baseUrl}`);
let run: BrowserRun;
try {
  run = await runTill(baseUrl, fill, timed);
} finally {
  stopPreview();
}
say('timing the engine alone on the same baskets');
// The engine is the source in src/pricing now (with --no-build, maybe newer than dist/). Its failure
// must not throw away the browser's figures, so it is reported instead.
let engine: Spread | undefined;
let engineUnproven = 0;
let engineError: string | undefined;
try {
  const alone = engineTimes(book, fill, timed);
  engine = spread(alone.times);
  engineUnproven = alone.unproven;
} catch (error) {
  engineError = error instanceof Error ? error.message : String(error);
  say(`the engine alone failed: ${engineError}`);
}

const pick = (key: keyof Omit<Sample, 'totalChanged'>) => spread(run.samples.map((s) => s[key]));
const scanToPaint = pick('total');
const scanToLine = pick('line');
const stages = { input: pick('input'), commit: pick('commit'), toFrame: pick('toFrame'), frame: pick('frame') };
const totalChanges = run.samples.filter((s) => s.totalChanged).length;

const ms = (s: Spread) => [s.median.toFixed(2), s.p95.toFixed(2), s.max.toFixed(2)];
process.stdout.write(
  table(
    ['scan → painted total (ms)', 'median', 'p95', 'max'],
    [
      ['Enter keydown → frame painted', ...ms(scanToPaint)],
      ['  Enter → DOM commit', ...ms(stages.commit)],
      ['  commit → next frame', ...ms(stages.toFrame)],
      ['  frame (rAF → after paint)', ...ms(stages.frame)],
      ['input queueing before Enter keydown', ...ms(stages.input)],
      ['Enter keydown → new line painted', ...ms(scanToLine)],
      engine === undefined ? ['engine alone (Node, same baskets)', 'failed', '', ''] : ['engine alone (Node, same baskets)', ...ms(engine)],
    ],
  ),
);
process.stdout.write(
  `${run.samples.length} scans, receipt ${run.linesAtStart} → ${run.linesAtEnd} lines, total ${run.finalTotal}; ` +
    `the Total changed on ${totalChanges} (else the receipt's change was timed); best price not proven on ${run.unproven}; ` +
    `fill ${run.fillSeconds.toFixed(1)} s${WITHOUT.size > 0 ? `; without ${[...WITHOUT].join(', ')}` : ''}\n`,
);
if (engine !== undefined) process.stdout.write(`engine alone: best price not proven on ${engineUnproven} of ${timed.length}\n`);
if (stale) process.stdout.write('note: src/ changed after dist/ was built: the browser ran the older build, the engine-alone row the newer source\n');
process.stdout.write(`median ${scanToPaint.median.toFixed(2)} ms vs one frame (${FRAME_MS} ms): ${scanToPaint.median < FRAME_MS ? 'within' : 'OVER'}\n\n`);
process.stdout.write(
  table(
    ['JavaScript (dist/)', 'kind', 'raw kB', 'gzip kB'],
    [
      ...files.map((f) => [f.file, f.kind, kb(f.bytes).toFixed(1), kb(f.gzipBytes).toFixed(1)]),
      ['loaded up front (entry)', '', '', kb(initialGzip).toFixed(1)],
      ['all JavaScript', '', '', kb(totalGzip).toFixed(1)],
    ],
  ),
);
process.stdout.write(`up-front JavaScript ${kb(initialGzip).toFixed(1)} kB gzipped vs budget ${BUDGET_KB} kB: ${kb(initialGzip) < BUDGET_KB ? 'within' : 'OVER'} (kB = 1000 bytes, gzip level 9)\n`);
process.stdout.write(`Chromium ${run.chromium}, node ${process.version}, load average ${load.join(' ')}, ${new Date().toISOString().slice(0, 10)}\n`);
if (values.json) {
  process.stdout.write(
    `${JSON.stringify({
      scanToPaintMs: { ...scanToPaint, n: run.samples.length, lines: { start: run.linesAtStart, end: run.linesAtEnd }, stages, totalChanged: totalChanges, unproven: run.unproven },
      scanToLinePaintedMs: scanToLine,
      engineMs: engine === undefined ? { error: engineError } : { ...engine, unproven: engineUnproven, where: 'node', distOlderThanSrc: stale },
      javascript: { initialGzipKb: kb(initialGzip), totalGzipKb: kb(totalGzip), budgetKb: BUDGET_KB, files },
      chromium: run.chromium,
      node: process.version,
      loadAverage: load,
      gapMs: GAP_MS,
      without: [...WITHOUT],
    })}\n`,
  );
}
