import { defineConfig } from 'vitest/config';

/**
 * The packaging check: electron-builder packs the built app (`npm run build` first) into a
 * stand-in Electron folder, offline, and the test inspects what it made. Its own config, so the
 * unit run stays fast and it runs after the build in scripts/test.mjs.
 */
export default defineConfig({
  test: {
    include: ['test/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
