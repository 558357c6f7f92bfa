import { defineConfig } from 'vitest/config';

// Four kinds of test, run in this order by `npm test`:
// unit (pure logic in src/lib), content (builds of broken fixture content), dist (the built HTML),
// browser (the built site in Chromium: axe, keyboard, requests).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // The browser editor (Sveltia) draws slowly and unevenly on a loaded 2-core machine: a test that times out
          // waiting for it runs again, at most twice; a real failure fails all three times.
          retry: 2,
        },
      },
    ],
  },
});
