import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

/**
 * axe-core (from npm) run in a page against WCAG 2.1 A and AA, with the experimental WCAG 2.5.3
 * rule on, as test/e2e/accessibility.test.ts runs it; for tests that check one page state that
 * the page-type walk cannot reach (a page answered to a form post).
 */
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** The violations on the page as it is, one line each (empty when there are none). */
export async function axeViolations(page: Page): Promise<string> {
  // Evaluated through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource)
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })) as { violations: Array<{ id: string; help: string; nodes: { target: unknown[] }[] }> }
    return result.violations.map(
      (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    )
  }, WCAG_21_AA)
  return found.join('\n')
}
