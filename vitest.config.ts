import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    testTimeout: 30_000,
    globalSetup: ['test/temp-root.ts'],
    // Most slow tests wait on a spawned CLI: two files at a time keep both cores busy on a 2-core CI machine.
    maxWorkers: 2,
  },
});
