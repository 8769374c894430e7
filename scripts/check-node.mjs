// Stops with one clear line when Node is older than the project needs (node:sqlite runs
// without a flag from 22.13). Imported first by the test runner, the CLI, the benchmark and
// the Electron runtime fetch before `npm start`.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(
    `error: this project needs Node.js 22.13 or newer (for node:sqlite), but this is ${process.version}. Install Node 22 LTS (or run .ci/run, which fetches it) and try again.`,
  );
  process.exit(1);
}
