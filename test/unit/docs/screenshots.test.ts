import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_SCREENSHOTS, SCREENSHOTS_SHOWN } from '../../e2e/doc-screenshots';
import { documents, ROOT } from '../../support/docs';

/** Every screenshot a document shows, by name ("history-light"). */
function shown(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const doc of documents()) {
    for (const m of doc.text.matchAll(/screenshots\/([A-Za-z0-9_-]+)\.png/g)) {
      found.set(m[1]!, [...(found.get(m[1]!) ?? []), doc.path]);
    }
  }
  return found;
}

describe('the screenshots the docs show', () => {
  it('are each made by `npm run screenshots`', () => {
    const notMade = [...shown()]
      .filter(([name]) => !(name in DOC_SCREENSHOTS))
      .map(([name, docs]) => `${name}.png (in ${docs.join(', ')})`);
    expect(notMade).toEqual([]);
  });

  it('come from a scene of the spec named for them', () => {
    for (const [name, spec] of Object.entries(DOC_SCREENSHOTS)) {
      const source = readFileSync(join(ROOT, spec), 'utf8');
      expect(source, `${spec} makes ${name}`).toContain(`screenshotPath('${name}')`);
    }
  });

  it('are all used, and the folder holds exactly them', () => {
    const used = shown();
    expect(Object.keys(DOC_SCREENSHOTS).filter((name) => !used.has(name))).toEqual([]);
    const files = readdirSync(join(ROOT, SCREENSHOTS_SHOWN)).sort();
    expect(files).toEqual(
      Object.keys(DOC_SCREENSHOTS)
        .map((name) => `${name}.png`)
        .sort(),
    );
    for (const file of files) expect(existsSync(join(ROOT, SCREENSHOTS_SHOWN, file))).toBe(true);
  });
});
