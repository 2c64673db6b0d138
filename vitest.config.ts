import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Fault tests spawn child processes; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
