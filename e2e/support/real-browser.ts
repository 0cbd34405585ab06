import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** The same browser and flags as the Playwright config, started as a process of our own. */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The window of Playwright's default viewport (headless Chromium would open at 800×600, where the
// till folds its screens' links into "Screens"): the journeys here click the links as the others do.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,720'];

/**
 * A Chromium this test owns: started on a profile directory, driven over the DevTools protocol,
 * and killed with SIGKILL (no unload, no flush: a power cut or a frozen kiosk) whenever the test
 * says. Playwright's own launcher would close the browser politely; this one never does.
 */
export class RealBrowser {
  private constructor(
    private readonly child: ChildProcess,
    private readonly browser: Browser,
    private readonly profile: string,
  ) {}

  /** Starts Chromium on `profile` and connects to it. */
  static async start(profile: string): Promise<RealBrowser> {
    const child = spawn(EXECUTABLE, [...FLAGS, '--headless', '--no-first-run', '--no-default-browser-check', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
      detached: true, // its own process group: one kill reaches the renderers too
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const endpoint = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
      child.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`Chromium exited (${String(code)}): ${seen}`)));
    });
    return new RealBrowser(child, await chromium.connectOverCDP(endpoint), profile);
  }

  /** A page in the profile's own context (its IndexedDB is on disk in the profile). */
  async page(): Promise<Page> {
    const context = this.browser.contexts()[0];
    if (context === undefined) throw new Error('Chromium has no default context');
    return context.pages()[0] ?? context.newPage();
  }

  /** SIGKILL to every process of this browser, at once, and wait until they are all gone. */
  async kill(): Promise<void> {
    const exited = this.child.exitCode === null ? once(this.child, 'exit') : Promise.resolve();
    if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
    // Any helper process that left the group (zygotes do) goes too: found by its profile flag.
    spawnSync('pkill', ['-KILL', '-f', `--user-data-dir=${this.profile}`]);
    await exited;
    void this.browser.close().catch(() => undefined);
  }
}
