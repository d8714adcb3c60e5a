import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Integration tests build C programs with emcc once, in globalSetup.
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
  },
});
