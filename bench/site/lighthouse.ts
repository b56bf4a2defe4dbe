/**
 * Lighthouse (mobile profile) on the reader pages of a demo portal: home, an article with
 * readers' comments, search, the standing pages (/gioi-thieu), the work schedule and the
 * questions page.
 *
 *   npx tsx bench/site/lighthouse.ts [--url http://host:port] [--runs 3] [--paths /,/en,/gioi-thieu]
 *
 * --paths measures just those paths (comma-separated), e.g. a page added later such as /en.
 *
 * The browser is the one the browser tests use: CHROME_PATH or /usr/bin/chromium when present,
 * else the Chromium packaged in node_modules (test/helpers/e2e/chrome.ts).
 *
 * Without --url it starts the production server on a throwaway database (building first when
 * stale). Each page is measured --runs times and the run with the median LCP is reported, as
 * Lighthouse's own docs advise for noisy machines. Prints the four category scores and FCP/LCP
 * per page, every run's FCP/LCP and the median run's LCP element with its breakdown (TTFB, load
 * delay, load time, render delay); exits 1 when a target is missed.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type RunnerResult } from 'lighthouse'

import { CHROME_FLAGS, resolveChrome } from '../../test/helpers/e2e/chrome'
import { startDemoServer } from '../../test/helpers/e2e/server'

// The demo article with approved readers' comments (src/seed/seed-feedback.ts) and its form.
const ARTICLE_WITH_COMMENTS =
  '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam'
const DEFAULT_PAGES: Record<string, string> = {
  'Trang chủ': '/',
  'Bài viết': ARTICLE_WITH_COMMENTS,
  'Tìm kiếm': '/tim-kiem?q=chuyen+doi+so',
  'Giới thiệu': '/gioi-thieu',
  'Lịch công tác': '/lich-cong-tac',
  'Hỏi đáp': '/hoi-dap',
}
const pathsArg = process.argv.indexOf('--paths')
const PAGES: Record<string, string> =
  pathsArg > 0
    ? Object.fromEntries(
        (process.argv[pathsArg + 1] ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p.startsWith('/'))
          .map((p) => [p, p]),
      )
    : DEFAULT_PAGES
if (!Object.keys(PAGES).length) throw new Error('--paths wants paths such as /,/gioi-thieu')

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const

const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3
const urlArg = process.argv.indexOf('--url')
const running = urlArg > 0 ? null : await startDemoServer(0)
const base = urlArg > 0 ? (process.argv[urlArg + 1] ?? '') : (running?.url ?? '')

const browser = await resolveChrome()
console.log(`Chromium: ${browser.path} (${browser.source})`)
const chrome = await chromeLauncher.launch({
  chromePath: browser.path,
  chromeFlags: CHROME_FLAGS,
  envVars: browser.env,
})

const runLighthouse = async (path: string): Promise<RunnerResult> => {
  const run = await lighthouse(base + path, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(TARGETS),
    // Every run a first visit: Lighthouse empties the HTTP cache between runs but keeps
    // localStorage, where the site notes that the web fonts are cached (src/styles/fonts.ts);
    // left there, runs after the first would measure a reader whose cache alone was emptied.
    clearStorageTypes: [
      'file_systems',
      'shader_cache',
      'service_workers',
      'cache_storage',
      'local_storage',
    ],
  })
  if (!run) throw new Error(`Lighthouse returned nothing for ${path}`)
  return run
}

const ms = (value: number | undefined): string => `${Math.round(value ?? NaN)}`

/** The LCP element and Lighthouse's split of its time (TTFB, load delay, load time, render delay). */
function lcpBreakdown(result: RunnerResult): string {
  const details = result.lhr.audits['largest-contentful-paint-element']?.details
  const parts = details && 'items' in details ? (details.items as unknown[]) : []
  let element = '?'
  const phases: string[] = []
  for (const part of parts) {
    const rows = (part as { items?: Record<string, unknown>[] }).items ?? []
    for (const row of rows) {
      const node = row.node as { selector?: string } | undefined
      if (node?.selector) element = node.selector
      if (typeof row.phase === 'string') phases.push(`${row.phase} ${ms(Number(row.timing))}`)
    }
  }
  return `LCP element ${element}: ${phases.join(', ')}`
}

let failed = false
try {
  // A freshly started browser makes its first page load slower than the rest (measured: the first
  // page of a session lost 300-500 ms of simulated LCP), which would fall on whichever page is
  // listed first; one discarded run takes it.
  const first = Object.values(PAGES)[0]
  if (first) await runLighthouse(first)
  for (const [name, path] of Object.entries(PAGES)) {
    // Warm-up load: readers hit pages from the server's page cache, so measure that state.
    const warm = await fetch(base + path)
    const html = await warm.text()
    if (!warm.ok) throw new Error(`${path}: HTTP ${warm.status}`)
    if (path === ARTICLE_WITH_COMMENTS && !/<form[^>]*gui-y-kien/.test(html))
      throw new Error(`${path} has no comment form: not the page this bench means to measure`)
    const runs: RunnerResult[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(path))
    const fcpOf = (r: RunnerResult) => r.lhr.audits['first-contentful-paint']?.numericValue ?? 0
    const lcpOf = (r: RunnerResult) => r.lhr.audits['largest-contentful-paint']?.numericValue ?? 0
    const each = runs.map((r) => `${ms(fcpOf(r))}/${ms(lcpOf(r))}`).join(', ')
    runs.sort((a, b) => lcpOf(a) - lcpOf(b))
    const result = runs[Math.floor(runs.length / 2)]!
    const { categories, audits } = result.lhr
    const scores = Object.fromEntries(
      Object.keys(TARGETS).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)]),
    ) as Record<keyof typeof TARGETS, number>
    const fcp = audits['first-contentful-paint']?.numericValue ?? NaN
    const lcp = audits['largest-contentful-paint']?.numericValue ?? NaN
    const cls = audits['cumulative-layout-shift']?.numericValue ?? NaN
    console.log(
      `${name.padEnd(14)} perf ${scores.performance}  a11y ${scores.accessibility}  bp ${scores['best-practices']}  seo ${scores.seo}  ` +
        `FCP ${Math.round(fcp)} ms  LCP ${Math.round(lcp)} ms  CLS ${cls.toFixed(3)}  (${path})`,
    )
    console.log(`  runs FCP/LCP ms: ${each}; median run's ${lcpBreakdown(result)}`)
    for (const [key, target] of Object.entries(TARGETS)) {
      if (scores[key as keyof typeof TARGETS] < target) {
        failed = true
        const misses = Object.values(audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              (result.lhr.categories[key]?.auditRefs ?? []).some(
                (r) => r.id === a.id && r.weight > 0,
              ),
          )
          .map((a) => `    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`)
        console.log(`  ${key} below ${target}:\n${misses.join('\n')}`)
      }
    }
    if (!(fcp < 1000 && lcp < 1000)) failed = true
  }
} finally {
  await chrome.kill()
  await running?.close()
}
process.exit(failed ? 1 : 0)
