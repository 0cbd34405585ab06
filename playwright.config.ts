import { defineConfig } from '@playwright/test';

// vite.config.ts: preview.port, strictPort. E2E_PORT moves it, for two checkouts tested side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0, // honest failures: a flaky test is a bug to fix, not to retry away
  workers: 2, // the machines have 2 cores
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // Debian's Chromium (scripts/ensure-chromium.mjs makes sure it is there); never a downloaded build.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    // An end-to-end build: the production build plus the test books (public/books/test/), which a
    // production build leaves out (vite.config.ts), and a manager may open any book on this site.
    command: `npm run build -- --mode e2e && npx vite preview --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000, // typecheck + build take minutes when another process keeps a core busy
  },
});
