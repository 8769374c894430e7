import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findInlineText, type InlineText } from '../../support/inline-text';
import { PAGE, pageFiles } from '../../support/page-files';

const where = (t: InlineText): string => `${t.file}:${t.line} ${t.kind} ${t.text}`;

describe('text on the page comes from src/shared/strings', () => {
  it('finds no inline text outside the catalogue', () => {
    const files = pageFiles(PAGE).map((f) => relative(PAGE, f).split(sep).join('/'));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((f) => findInlineText(f, readFileSync(join(PAGE, f), 'utf8')));
    expect(found.map(where)).toEqual([]);
  });

  it('reports JSX text, each text prop, notify() and table labels', () => {
    const planted = [
      'export function A({ n }: { n: number }) {',
      '  notify(`Saved ${n} files.`);',
      "  const TABS = [{ key: 'all', label: 'All' }];",
      '  return (',
      '    <div aria-label="Batch" title={n > 1 ? "Many" : undefined}>',
      '      Hello',
      '      <input placeholder={`e.g. ${n}`} alt="Photo" />',
      '      <Field label="Port" hint={"Pick one"} />',
      "      {n > 0 && 'Some'}",
      '      {n} · {\'×\'} <b className="mono" data-testid="x">{TABS[0]?.label}</b>',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    const kinds = findInlineText('planted.tsx', planted).map((t) => `${t.kind} ${t.text}`);
    expect(kinds).toEqual([
      'notify() `Saved ${n} files.`',
      "label: 'All'",
      'aria-label= "Batch"',
      'title= "Many"',
      'JSX text Hello',
      'placeholder= `e.g. ${n}`',
      'alt= "Photo"',
      'label= "Port"',
      'hint= "Pick one"',
      "JSX child 'Some'",
    ]);
  });

  it('leaves class names, ids, symbols and text from the catalogue alone', () => {
    const clean = [
      "import { strings } from '../../shared/strings';",
      'export function B({ on }: { on: boolean }) {',
      '  notify(strings.notices.linkCopied);',
      '  return (',
      '    <p className={`tab ${on ? "selected" : ""}`} aria-label={strings.views.label}>',
      "      {on ? strings.batch.stopAll : ''} × {' '} 42%",
      '    </p>',
      '  );',
      '}',
    ].join('\n');
    expect(findInlineText('clean.tsx', clean)).toEqual([]);
  });
});
