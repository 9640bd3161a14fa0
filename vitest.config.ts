import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores on every machine here; the model-path tests run real HTTP servers.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
