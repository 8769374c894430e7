#!/usr/bin/env node
// The whole check, in the order that fails fastest: typecheck, lint (with the SDL and security
// rules), the Electronegativity gate, unit + integration tests, build, the packaging check
// (electron-builder into a stand-in Electron, offline), then the end-to-end specs. Every step runs
// even if one fails, and the last line counts them all: "summary: N passed, N failed, N skipped"
// (typecheck, lint, the Electronegativity gate and build count as one check each).
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** "failed: <file> › <test>" lines, printed again next to the summary so a log's tail names them. */
const failedTests = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const res = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Calls `fn(spec, test)` for every test in a Playwright JSON report. */
function eachTest(report, fn) {
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) fn(spec, t);
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report?.suites ?? []) visit(suite);
}

/** "skipped: <reason> [<title>]" for each skipped end-to-end test, so a skip is never silent. */
function skippedReasons(report) {
  const lines = [];
  eachTest(report, (spec, t) => {
    if (t.status !== 'skipped') return;
    const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description;
    lines.push(`skipped: ${reason ?? 'no reason given'} [${spec.title}]`);
  });
  return lines;
}

function countRunner(label, ok, counts) {
  if (!counts) {
    // The runner died before writing its report: count the step itself as failed.
    results.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  results.passed += counts.passed;
  results.failed += counts.failed;
  results.skipped += counts.skipped;
  if (!ok || counts.failed > 0) failures.push(label);
  console.log(
    `--- ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}

/** Runs a vitest config with a JSON report and counts its tests. */
function vitestStep(label, args, reportPath) {
  rmSync(reportPath, { force: true });
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportPath}`,
  ]);
  const report = readJson(reportPath);
  for (const file of report?.testResults ?? []) {
    const where = relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed) failedTests.push(`failed: ${where} › ${t.fullName}`);
    // A file that failed to load has no tests to name.
    if (failed.length === 0 && file.status === 'failed') failedTests.push(`failed: ${where}`);
  }
  countRunner(
    label,
    ok,
    report && {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
      skipped: report.numPendingTests + report.numTodoTests,
    },
  );
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('electronegativity', 'npm', ['run', '--silent', 'security']);

vitestStep('unit and integration tests', [], 'test-results/vitest.json');

const built = run('build', 'npx', ['electron-vite', 'build']);
if (built) results.passed += 1;
else {
  results.failed += 1;
  failures.push('build');
}

if (built) {
  vitestStep(
    'packaging check',
    ['--config', 'vitest.packaging.config.ts'],
    'test-results/packaging.json',
  );

  rmSync('test-results/playwright.json', { force: true });
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const pw = readJson('test-results/playwright.json');
  for (const line of skippedReasons(pw)) console.log(line);
  eachTest(pw, (spec, t) => {
    if (t.status === 'unexpected') failedTests.push(`failed: ${spec.file} › ${spec.title}`);
  });
  countRunner(
    'end-to-end tests',
    e2eOk,
    pw && {
      passed: pw.stats.expected + pw.stats.flaky,
      failed: pw.stats.unexpected,
      skipped: pw.stats.skipped,
    },
  );
}

console.log('');
for (const line of failedTests) console.log(line);
if (failures.length > 0) console.log(`Failed: ${failures.join(', ')}`);
console.log(
  `summary: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`,
);
process.exit(results.failed > 0 ? 1 : 0);
