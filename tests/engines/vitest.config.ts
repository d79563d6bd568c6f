import { defineConfig } from 'vitest/config';

// The cross-engine layer: one browser at a time, tests in order (they share it).
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
