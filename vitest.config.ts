import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { OFFLINE_DOM_SETTINGS } from './tests/setup/offline-dom.ts';

// Unit, DOM and extension-level tests. The real-browser suites live in tests/e2e and run
// through scripts/e2e.mjs, not through Vitest.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
    // Tests run offline: the DOM loads nothing, and any request off the machine fails the run.
    environmentOptions: { happyDOM: { settings: OFFLINE_DOM_SETTINGS } },
    setupFiles: ['tests/setup/network-guard.ts'],
  },
});
