import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/loopback-only.ts'],
    // Child-process tests run dist/: build it once first.
    globalSetup: ['tests/build-dist.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
