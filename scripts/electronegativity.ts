// Runs Electronegativity over src/ for the Electron version in package.json and fails on any HIGH
// finding and on any MEDIUM one that security/electronegativity-allowlist.txt does not justify.
// The tool exits 0 whatever it finds, so this script reads its findings and decides.
// Options (for its own tests): --src <folder> --allowlist <file>.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { judge, parseAllowlist, toFinding, type RawIssue } from './lib/electronegativity-gate';

const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolRequire = createRequire(join(toolDir, 'package.json'));

// The tool fetches updated translations from the internet before every scan. Replace that step with
// its bundled English strings, so the gate never leaves the machine.
const i18nPath = join(toolDir, 'dist/locales/i18n.js');
const i18n = toolRequire('i18n');
const offlineI18n = async () => {
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(toolDir, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    register: global,
  });
  i18n.setLocale('en-US');
};
require.cache[i18nPath] = {
  id: i18nPath,
  filename: i18nPath,
  loaded: true,
  exports: offlineI18n,
} as unknown as NodeJS.Module;

const option = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const root = resolve(option('--src', 'src'));
const allowlistFile = option('--allowlist', 'security/electronegativity-allowlist.txt');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = String(pkg.devDependencies.electron).replace(/^[^\d]*/, '');
const run = toolRequire('./dist/runner.js');
interface RunResult {
  readonly errors: readonly {
    readonly file: string;
    readonly message?: string;
    readonly error?: string;
  }[];
  readonly issues: readonly RawIssue[];
}
const result: RunResult = await run({
  input: root,
  output: undefined,
  isSarif: false,
  customScan: [],
  // This check downloads Electron's release list; the version itself is pinned in package.json.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  isRelative: false,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});

if (result.errors.length > 0) {
  for (const e of result.errors) console.log(`could not parse ${e.file}: ${e.message ?? e.error}`);
}
const findings = result.issues.map((issue) => toFinding(issue, root));
const descriptions = result.issues.map((issue) => issue.description ?? '');
const { entries, errors } = parseAllowlist(readFileSync(allowlistFile, 'utf8'));
const { failures, allowed, stale } = judge(findings, entries);

const count = (s: string): number => findings.filter((f) => f.severity === s).length;
console.log(
  `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ` +
    `${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ` +
    `${count('INFORMATIONAL')} informational`,
);
findings.forEach((f, i) => {
  if (f.severity === 'MEDIUM' || f.severity === 'HIGH') return;
  console.log(`  ${f.severity.toLowerCase()}: ${f.id} ${f.file}:${f.line} (${descriptions[i]})`);
});
for (const a of allowed) console.log(`  allowed: ${a.id} ${a.file}:${a.line} (${a.reason})`);
for (const f of failures) console.log(`  FAIL: ${f.id} ${f.file}:${f.line}: ${f.why}`);
for (const e of errors) console.log(`  FAIL: allowlist ${e}`);
for (const s of stale)
  console.log(`  FAIL: allowlist line ${s.line} (${s.id} ${s.file}) matches no finding; remove it`);
const bad = failures.length + errors.length + stale.length + result.errors.length;
process.exit(bad > 0 ? 1 : 0);
