import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The head office suite (`npm run test:hq`): on PGlite always, and on PostgreSQL as well when
// HQ_TEST_DATABASE_URL names a server where it may create and drop databases.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
