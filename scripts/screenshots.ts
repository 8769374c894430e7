// `npm run screenshots`: makes every screenshot the docs show, from the end-to-end scenes. It
// runs the specs that take them (test/e2e/doc-screenshots.ts says which), copies each into
// docs/screenshots/, and removes any picture there that no document shows. Needs a build (the
// npm script builds first) and Chromium at /usr/bin/chromium, as the end-to-end tests do.
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DOC_SCREENSHOTS, SCREENSHOTS_MADE, SCREENSHOTS_SHOWN } from '../test/e2e/doc-screenshots';

function fail(sentence: string): never {
  console.error(`error: ${sentence}`);
  process.exit(1);
}

const names = Object.keys(DOC_SCREENSHOTS);
const specs = [...new Set(Object.values(DOC_SCREENSHOTS))];
// A picture left from an earlier run must not pass for a new one.
for (const name of names) rmSync(join(SCREENSHOTS_MADE, `${name}.png`), { force: true });

console.log(`Taking ${names.length} screenshots from ${specs.length} end-to-end specs…`);
const run = spawnSync('npx', ['playwright', 'test', '--project=chromium', ...specs], {
  stdio: 'inherit',
});
if (run.status !== 0) {
  fail(
    'an end-to-end spec failed, so the screenshots were not copied; fix it and run npm run screenshots again.',
  );
}

mkdirSync(SCREENSHOTS_SHOWN, { recursive: true });
const missing = names.filter((name) => !existsSync(join(SCREENSHOTS_MADE, `${name}.png`)));
if (missing.length > 0) {
  fail(
    `no spec made ${missing.join(', ')}; check test/e2e/doc-screenshots.ts, then run npm run screenshots again.`,
  );
}
for (const name of names) {
  copyFileSync(join(SCREENSHOTS_MADE, `${name}.png`), join(SCREENSHOTS_SHOWN, `${name}.png`));
}
const unused = readdirSync(SCREENSHOTS_SHOWN).filter(
  (file) => file.endsWith('.png') && !names.includes(file.slice(0, -'.png'.length)),
);
for (const file of unused) rmSync(join(SCREENSHOTS_SHOWN, file));
console.log(
  `Copied ${names.length} screenshots into ${SCREENSHOTS_SHOWN}/` +
    (unused.length > 0 ? `; removed ${unused.length} no document shows.` : '.'),
);
