import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documents, ROOT, type Doc } from '../../support/docs';

/** Every file the repository tracks (and new ones not yet committed), with its folders. */
const tracked: string[] = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard'],
  { cwd: ROOT, encoding: 'utf8' },
)
  .split('\n')
  .filter(Boolean);
const folders = new Set(
  tracked.flatMap((f) =>
    f
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`),
  ),
);

/** Folders at the top of the repository: a path starting with one is named from the top. */
const TOP = [
  'src/',
  'test/',
  'docs/',
  'scripts/',
  'bench/',
  'resources/',
  'security/',
  '.ci/',
  '.github/',
];
/** What the app, the build or a run makes: named in the docs, never in the repository. */
const MADE = [
  'out/',
  'dist/',
  'node_modules/',
  'test-results/',
  'pastes/',
  'bench/.corpus',
  '.emulator-data',
  'playwright-report/',
  'dataDir/',
];
const MADE_FILES = new Set([
  'settings.json',
  'secrets.json',
  'app-update.yml',
  'latest.yml',
  'latest-mac.yml',
  'latest-linux.yml',
]);
const FILE = /\.(ts|tsx|mjs|js|cjs|md|json|yml|yaml|css|html|plist|svg|txt)$/;

/** Whether a code span reads as a path in this repository, not a URL, a MIME type or a command. */
function looksLikePath(span: string): boolean {
  if (span === '.ci/run' || span.startsWith('.github/')) return true;
  // A leading @ is a package's scope (@imagekit/nodejs), not a folder.
  if (!/^[A-Za-z0-9_.@/-]+$/.test(span) || /^[/.@]/.test(span)) {
    return false;
  }
  if (MADE.some((m) => span.startsWith(m)) || MADE_FILES.has(span)) return false;
  if (/^(image|text|application|video)\//.test(span)) return false;
  // From the top ("src/main/core/"), or a file by its name or its end ("core/jobs/work.ts");
  // other slashes are folders on ImageKit ("products/2026/") or on someone's disk.
  return TOP.some((t) => span.startsWith(t)) || FILE.test(span);
}

/** Whether a named path exists: from the top, or as the end of a tracked path ("core/jobs/work.ts"). */
function exists(span: string): boolean {
  const path = span.replace(/\/$/, '');
  if (TOP.some((t) => span.startsWith(t))) {
    return tracked.includes(path) || folders.has(`${path}/`) || existsSync(join(ROOT, path));
  }
  // A bare name ("pipeline.ts"), or a path from inside src ("core/jobs/work.ts", "images/worker/").
  const ends = (f: string): boolean => f === path || f.endsWith(`/${path}`);
  return tracked.some(ends) || [...folders].some((f) => ends(f.replace(/\/$/, '')));
}

/** GitHub's anchor for a heading. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!.replace(/`/g, ''))));
}

/** Prose only: code blocks hold commands and sample output, not references. */
function prose(doc: Doc): string {
  return doc.text.replace(/^```[\s\S]*?^```/gm, '');
}

describe('every path the docs name', () => {
  it('exists in the repository', () => {
    const missing: string[] = [];
    for (const doc of documents()) {
      for (const m of prose(doc).matchAll(/`([^`\n]+)`/g)) {
        const span = m[1]!;
        if (looksLikePath(span) && !exists(span)) missing.push(`${doc.path}: ${span}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('links to pages, files and headings that exist', () => {
    const broken: string[] = [];
    for (const doc of documents()) {
      // Links outside code spans: `![name](url)` is a sample, not a link.
      for (const m of prose(doc)
        .replace(/`[^`\n]+`/g, '')
        .matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const [file = '', anchor] = target.split('#');
        const path = file === '' ? doc.path : normalize(join(dirname(doc.path), file));
        if (!existsSync(join(ROOT, path))) broken.push(`${doc.path}: ${target}`);
        else if (anchor && path.endsWith('.md') && !anchors(path).has(anchor)) {
          broken.push(`${doc.path}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('sees the paths it checks', () => {
    // A guard for the check itself: names it must take as paths, and find or miss.
    expect(looksLikePath('src/main/core/jobs/pipeline.ts')).toBe(true);
    expect(looksLikePath('image/webp')).toBe(false);
    expect(exists('core/jobs/pipeline.ts')).toBe(true);
    expect(exists('core/jobs/no-such-file.ts')).toBe(false);
    expect(exists('src/main/core/')).toBe(true);
  });
});
