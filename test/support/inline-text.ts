/**
 * Finds text a person would read that is written straight into page code instead of coming from
 * the strings catalogue (src/shared/strings): JSX text with letters, literal values of the props
 * that carry words, literals handed to notify(), and `label`/`hint`/... entries of tables.
 */
import ts from 'typescript';

/** Props whose value is shown or spoken (JSX attributes and table entries alike). */
export const TEXT_PROPS: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'text',
  'confirmLabel',
]);

/** One piece of inline text: where it is and what it says. */
export interface InlineText {
  readonly file: string;
  readonly line: number;
  readonly kind: string;
  readonly text: string;
}

const LETTER = /\p{L}/u;

/** The literals an expression may evaluate to, through ?:, &&, ||, ?? and +. */
function literalsOf(expr: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(expr)) return literalsOf(expr.expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
    return LETTER.test(expr.text) ? [expr] : [];
  }
  if (ts.isTemplateExpression(expr)) {
    const pieces = [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)];
    return pieces.some((p) => LETTER.test(p)) ? [expr] : [];
  }
  if (ts.isConditionalExpression(expr)) {
    return [...literalsOf(expr.whenTrue), ...literalsOf(expr.whenFalse)];
  }
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(expr.right);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      return [...literalsOf(expr.left), ...literalsOf(expr.right)];
    }
  }
  return [];
}

function propName(name: ts.PropertyName | ts.JsxAttributeName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return null;
  return null;
}

/** Every piece of inline text in one source file. */
export function findInlineText(file: string, source: string): InlineText[] {
  const kindOfScript = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kindOfScript);
  const found: InlineText[] = [];
  const report = (node: ts.Node, kind: string): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, kind, text: node.getText(sf).trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, 'JSX text');
    else if (ts.isJsxAttribute(node)) {
      const name = propName(node.name);
      const init = node.initializer;
      if (name !== null && TEXT_PROPS.has(name) && init) {
        if (ts.isStringLiteral(init)) {
          if (LETTER.test(init.text)) report(init, `${name}=`);
        } else if (ts.isJsxExpression(init) && init.expression) {
          for (const lit of literalsOf(init.expression)) report(lit, `${name}=`);
        }
      }
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const lit of literalsOf(node.expression)) report(lit, 'JSX child');
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'notify' &&
      node.arguments[0]
    ) {
      for (const lit of literalsOf(node.arguments[0])) report(lit, 'notify()');
    } else if (ts.isPropertyAssignment(node)) {
      const name = propName(node.name);
      if (name !== null && TEXT_PROPS.has(name)) {
        for (const lit of literalsOf(node.initializer)) report(lit, `${name}:`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
