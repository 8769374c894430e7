import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** One line per failing element: rule, impact, where, and what the rule asks for. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `- ${v.id} (${v.impact ?? 'no impact'}) at ${node.target.map(String).join(' > ')}: ${v.help}` +
          (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''),
      ),
    )
    .join('\n');
}

/**
 * Runs axe with its full default rule set (best practices included) on the whole page and throws
 * with a readable list when it finds anything, whatever the impact.
 */
export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  if (violations.length === 0) return;
  const count = violations.reduce((sum, v) => sum + v.nodes.length, 0);
  throw new Error(
    `axe found ${count} problem(s) in ${violations.length} rule(s) on "${screenName}":\n` +
      describeViolations(violations),
  );
}

/**
 * axe at 0 violations and a screenshot, in the light and then the dark colour scheme (back to
 * light after). The paths are given whole, so each doc screenshot names its own spec.
 */
export async function expectNoAxeViolationsAndShoot(
  page: Page,
  screen: string,
  light: string,
  dark: string,
): Promise<void> {
  for (const [colorScheme, path] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${screen} (${colorScheme})`);
    await page.screenshot({ path });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
