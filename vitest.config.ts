import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Examples are timed: keep the machine calm enough for their elapsed times to mean something.
    maxConcurrency: 3,
    // Two files at a time (vitest's default here is one, cores - 1): the suite waits on timers
    // as much as it computes, and takes 145 s instead of 210. Three starved a timed example.
    maxWorkers: 2,
    testTimeout: 20_000,
    // As for the e2e layer: on a loaded CI runner a timed check may miss its window once.
    retry: process.env.CI ? 1 : 0,
  },
});
