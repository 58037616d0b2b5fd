import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most end-to-end tests wait on child processes, servers and timeouts rather than compute: on
    // a 2-core machine the default (one worker fewer than the cores) leaves a core idle.
    maxWorkers: 3,
  },
});
