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
 * the time to open the till ready to scan (N opens, 5 unless given), each search keystroke, scans,
 * each keystroke and scan with its parts (to the first frame after the key, to React's commit, to
 * painted).
 *
 * `--no-input-deferral` runs Chromium as a till launches it (`docs/running-a-till.md`): a stock
 * Chromium (since its DeferRendererTasksAfterInput feature) holds back a page's tasks after a key or
 * a click (timers, messages, React's scheduled renders, IndexedDB's answers) until the next frame
 * has been drawn; the till's launch line turns that off. Without the flag, the stock browser.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBigBook, type EventTiming } from './ui-big-book';
import { build, DIST, measureJavaScript, newest, ROOT, startPreview, stopPreview } from './ui-build';
import { engineTimes, fillProducts, loadBook, runTill, timedProducts, type BrowserRun, type Sample } from './ui-demo-till';
import { kb, round, say, spread, table, type Spread } from './ui-stats';

/** Production JavaScript loaded up front, gzipped, in kB (1000 bytes, as Vite reports sizes). */
const BUDGET_KB = 150;
/** One frame at 60 Hz. */
const FRAME_MS = 16;
/** The launch of playwright.config.ts: Debian's Chromium, never a downloaded build. */
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

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
    'no-input-deferral': { type: 'boolean', default: false },
  },
});
// After a key or a click, Chromium holds back the page's other tasks (timers, messages, IndexedDB's
// answers) until the next frame: an experiment switches that off, to see the page's own share.
if (values['no-input-deferral']) LAUNCH.args.push('--disable-features=DeferRendererTasksAfterInput');
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
    const parts = (what: string, list: EventTiming[]) => [
      row(what, list.map((t) => t.ms)),
      row('  keydown → the first frame after it starts', list.map((t) => t.toInputFrame)),
      row('  keydown → the change in the DOM (React\'s commit)', list.map((t) => t.toChange)),
      row('  the change → after the frame that paints it', list.map((t) => t.toPainted)),
    ];
    process.stdout.write(
      table(
        [`${big.products} products (ms)`, 'runs', 'median', 'p95', 'max'],
        [
          row('navigation → ready to scan (Barcode field painted, sign-in typing taken out)', big.openMs),
          row('  navigation → sign-in screen painted', big.signInShownMs),
          row('  Sign in click → Barcode field painted', big.afterSignInMs),
          ...parts('search keystroke → matches painted', big.keystrokes),
          ...parts('scan: Enter → total painted', big.scans),
        ],
      ),
    );
    process.stdout.write(`first start (the demo staff created, three PINs hashed): ${big.firstStartMs.toFixed(1)} ms to ready\n`);
    const fetched = files.filter((f) => big.scriptsBeforeReady.includes(`/${f.file}`));
    const fetchedGzip = fetched.reduce((sum, f) => sum + f.gzipBytes, 0);
    process.stdout.write(`product buttons in the page: ${big.buttonsInPage}; ${kb(initialGzip).toFixed(1)} kB of entry JavaScript (gzip)\n`);
    process.stdout.write(`JavaScript fetched before ready to scan: ${kb(fetchedGzip).toFixed(1)} kB gzipped in ${fetched.length} files (${fetched.map((f) => f.file.replace(/^assets\//, '')).join(', ')})\n`);
    process.stdout.write(`load average ${load.join(' ')} at the start, ${loadavg().map((n) => round(n, 2)).join(' ')} at the end; node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
  } finally {
    stopPreview();
  }
  process.exit(0);
}

const book = loadBook();
const demo = { lines: LINES, scans: SCANS, gapMs: GAP_MS, without: WITHOUT, profile: values.profile };
const fill = fillProducts(book, demo);
const timed = timedProducts(book, demo);
const baseUrl = await startPreview();
say(`serving dist/ at ${baseUrl}`);
let run: BrowserRun;
try {
  run = await runTill(baseUrl, LAUNCH, fill, timed, demo);
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
