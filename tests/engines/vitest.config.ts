import { defineConfig } from 'vitest/config';

// The cross-engine layer: an engine per file and worker, so Firefox and WebKit run side by
// side; within one engine the tests run in order (they share its browser).
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 2,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
