import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The test books (`public/books/test/`: broken, invalid and end-to-end books) are served by the dev
 * server and shipped by an end-to-end build (`vite build --mode e2e`, which Playwright's web
 * server runs), never by a production build: Vite copies all of `public/`, so this removes them
 * from the output once it is written.
 */
function testBooksOutOfProduction(): Plugin {
  let testBooks = '';
  return {
    name: 'test-books-out-of-production',
    apply: 'build',
    configResolved(config) {
      testBooks = config.mode === 'production' ? resolve(config.root, config.build.outDir, 'books', 'test') : '';
    },
    closeBundle() {
      if (testBooks !== '') rmSync(testBooks, { recursive: true, force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), testBooksOutOfProduction()],
  // Workers are ES modules (the till starts them with `type: 'module'`), so a worker's dynamic
  // import is a chunk of its own, fetched only when run: the proof worker's HiGHS loader.
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
