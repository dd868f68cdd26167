import { defineConfig } from 'vitest/config';

// Unit, golden and HTML tests: no browser. Time zone and clock are pinned in tests/setup.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
