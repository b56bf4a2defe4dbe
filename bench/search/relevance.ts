/**
 * Relevance table: `npx tsx bench/search/relevance.ts`. Runs a fixed query set against the
 * embedded engine over invented fixtures and prints, for every query, the rank at which the
 * expected article came back, and the share of queries that met their target rank.
 */
import { SqliteFtsEngine } from '../../src/search/engines/sqlite-fts'
import { ARTICLES } from '../../test/fixtures/search/articles'

import { RELEVANCE_EXTRA } from './relevance-fixtures'
import { RELEVANCE_QUERIES } from './relevance-queries'

const engine = new SqliteFtsEngine('file::memory:')
await engine.init()
await engine.upsert([...ARTICLES, ...RELEVANCE_EXTRA])

const lines = [
  '| # | query | expected | target rank | got | ok |',
  '| --- | --- | --- | --- | --- | --- |',
]
let ok = 0
for (const [i, c] of RELEVANCE_QUERIES.entries()) {
  const result = await engine.search({ q: c.q, limit: 10 })
  const rank = result.hits.findIndex((h) => h.id === c.expect) + 1
  const pass = rank > 0 && rank <= c.rank
  if (pass) ok++
  lines.push(
    `| ${i + 1} | \`${c.q}\` | ${c.expect} | ≤ ${c.rank} | ${rank || '—'} | ${pass ? '✓' : '✗'} |`,
  )
}
console.log(lines.join('\n'))
console.log(
  `\nHit share: ${ok}/${RELEVANCE_QUERIES.length} (${((ok / RELEVANCE_QUERIES.length) * 100).toFixed(1)}%)`,
)
await engine.close()
