// Stops with one clear line when Node is older than the project needs (node:sqlite runs
// without a flag from 22.13). Imported first by the test runner, the CLI, both halves of the
// benchmark and the Electron runtime fetch before `npm start`.
//
// npm scripts normally run on the project's own Node 22: the `node` devDependency puts it in
// node_modules/.bin, which npm puts first on PATH for every script. So an old Node here means
// the command was started without npm, or before `npm install`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const installed = existsSync(join(root, 'node_modules', 'node', 'package.json'));
  const hint = installed
    ? 'Start it through npm (npm test, npm start, npm run cli -- …), which runs the Node 22 that npm install put in node_modules.'
    : 'Run npm install first (it fetches Node 22 for this project), then start it through npm (npm test, npm start, npm run cli -- …).';
  console.error(
    `error: this project needs Node.js 22.13 or newer (for node:sqlite), but this is ${process.version}. ${hint}`,
  );
  process.exit(1);
}
