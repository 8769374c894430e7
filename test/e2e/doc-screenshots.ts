/**
 * Every screenshot the documentation shows, and the end-to-end spec whose scene makes it (with
 * `screenshotPath('<name>')`). `npm run screenshots` runs those specs and copies these files,
 * and only these, into docs/screenshots/; test/unit/docs/screenshots.test.ts holds the docs,
 * this list and the specs to each other.
 */
export const DOC_SCREENSHOTS: Readonly<Record<string, string>> = {
  'uploaded-light': 'test/e2e/upload.ui.spec.ts',
  'first-run-light': 'test/e2e/test-server.ui.spec.ts',
  'test-server-light': 'test/e2e/test-server.ui.spec.ts',
  'history-light': 'test/e2e/history.ui.spec.ts',
  'library-light': 'test/e2e/library.ui.spec.ts',
  'destination-chooser-light': 'test/e2e/destination.ui.spec.ts',
  'keyboard-selection-light': 'test/e2e/keyboard.ui.spec.ts',
  'keyboard-shortcuts-dark': 'test/e2e/keyboard.ui.spec.ts',
  'integrations-light': 'test/e2e/picgo.ui.spec.ts',
  'offline-light': 'test/e2e/offline.ui.spec.ts',
  'watch-settings-light': 'test/e2e/watch.ui.spec.ts',
  'alt-rows-light': 'test/e2e/alt.ui.spec.ts',
  'sidecar-report-light': 'test/e2e/sidecar.ui.spec.ts',
  'custom-metadata-light': 'test/e2e/custom-metadata.ui.spec.ts',
  'team-check-missing-light': 'test/e2e/team.ui.spec.ts',
};

/** Where the specs write their screenshots, and where the docs keep theirs. */
export const SCREENSHOTS_MADE = 'test-results/screenshots';
export const SCREENSHOTS_SHOWN = 'docs/screenshots';
