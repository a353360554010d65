import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/loopback-only.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
