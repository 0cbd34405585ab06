/**
 * `tsx bench/run-bundled.ts <bench file> [args…]`: runs a benchmark on the code as the till ships
 * it, bundled by esbuild, rather than as `tsx` compiles it. `tsx` compiles with `keepNames`, which
 * wraps every function it makes in a `__name(fn, "name")` call; the engine makes closures in its
 * hot loops, so under `tsx` it ran about 30% slower on small baskets than in the production build
 * (Kata Potter's full baskets from scratch: 0.30 ms median under `tsx`, 0.22 ms bundled, 2026-12-07,
 * load average 1.6). The bundle keeps every package external (HiGHS loads from `node_modules` as
 * before) and is written under `node_modules/.cache/bench/`; the arguments after the file go to it.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error('usage: tsx bench/run-bundled.ts <bench file> [args…]');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'bench', `${basename(entry, extname(entry))}.mjs`);
await build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
