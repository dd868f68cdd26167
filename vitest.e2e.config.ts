import { defineConfig } from 'vitest/config';

// Browser tests in Debian's Chromium (/usr/bin/chromium) through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { TZ: 'Asia/Shanghai', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
