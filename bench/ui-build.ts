/**
 * The production build a UI benchmark runs: building it, sizing its JavaScript (what loads up front
 * and what later), and serving it with `vite preview` on a free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { say } from './ui-stats';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');


export interface JsFile {
  readonly file: string;
  /** `entry`: loaded by index.html before the till runs (the budget); `lazy`: a dynamic import; `worker`: a Web Worker's script. */
  readonly kind: 'entry' | 'lazy' | 'worker';
  readonly bytes: number;
  readonly gzipBytes: number;
}

export function build(): void {
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

export function measureJavaScript(): JsFile[] {
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

export function stopPreview(): void {
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

export async function startPreview(): Promise<string> {
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

/** Newest modification time under a folder, in ms. */
export function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}
