import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'cli/**/*.test.ts', 'test-support/**/*.test.ts'],
    environment: 'node',
    // The oracle comparison solves a thousand MILPs; give it room without hiding a hang.
    testTimeout: 120_000,
  },
});
