import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Examples are timed: keep the machine calm enough for their elapsed times to mean something.
    maxConcurrency: 3,
    testTimeout: 20_000,
    // As for the e2e layer: on a loaded CI runner a timed check may miss its window once.
    retry: process.env.CI ? 1 : 0,
  },
});
