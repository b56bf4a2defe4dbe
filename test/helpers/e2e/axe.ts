import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

/**
 * axe-core (from npm) run in a page against WCAG 2.1 A and AA, with the experimental WCAG 2.5.3
 * rule on, as test/e2e/accessibility.test.ts runs it; for tests that check a page state the
 * page-type walk cannot reach (a page answered to a form post, an admin view behind a login).
 */
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * The violations on the page as it is, one line each (empty when there are none); with
 * `include`, only inside the elements that CSS selector matches.
 */
export async function axeViolations(page: Page, include?: string): Promise<string> {
  // axe.run waits on timers, and a context with JavaScript off never fires them: the run would
  // hang until the suite's timeout (what made an earlier test of the refused-form page time
  // out). Said at once instead; check a no-JavaScript page's HTML in a context with it on.
  const timerFired = page
    .evaluate(() => new Promise<boolean>((r) => setTimeout(() => r(true), 0)))
    .catch(() => false)
  const timers = await Promise.race([
    timerFired,
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
  ])
  if (!timers) throw new Error('axe-core needs a context with JavaScript enabled')
  // Evaluated through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource)
  const found = await page.evaluate(
    async ({ tags, scope }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe
      if (scope && !document.querySelector(scope)) return [`nothing matches ${scope}`]
      const result = (await axe.run(scope ? { include: [scope] } : document, {
        runOnly: { type: 'tag', values: tags },
        rules: { 'label-content-name-mismatch': { enabled: true } },
      })) as { violations: Array<{ id: string; help: string; nodes: { target: unknown[] }[] }> }
      return result.violations.map(
        (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      )
    },
    { tags: WCAG_21_AA, scope: include ?? null },
  )
  return found.join('\n')
}
