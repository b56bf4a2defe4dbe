/**
 * Relevance at two sizes: `npm run bench:relevance -- [--size 100000] [--overlap 300]`.
 * Builds two indexes from the same generated distractors (bench/search/distractors/) with the
 * relevance fixtures mixed in by date, as `cms reindex` writes them: a small one of 100 articles
 * (every query takes the exact bm25 path) and one of `--size` articles (the large-index paths:
 * sample, pool). Prints every query's rank at both sizes with the rank the exact ranking would
 * give at the large size, then the top-10 overlap of the engine's pages with the exact ranking
 * over `--overlap` generated queries. Exits 1 when a query misses its target rank at either size
 * or the overlap misses its bar (mean ≥ 0.95, top 3 identical for ≥ 95%).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { makeDistractors } from './distractors/generate'
import { exclusions, mixed } from './distractors/mix'
import { generatedQueries } from './distractors/queries'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'
import {
  overlap,
  OVERLAP_TARGET,
  overlapReport,
  type RelevanceRow,
  relevanceRows,
  TOP3_TARGET,
} from './quality'
import { RELEVANCE_QUERIES } from './relevance-queries'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    overlap: { type: 'string', default: '300' },
    seed: { type: 'string', default: '42' },
  },
})
const size = Number(values.size)
const seed = Number(values.seed)
const SMALL = 100

async function indexOf(generated: number, dir: string) {
  const url = `file:${path.join(dir, `search-${generated}.db`)}`
  const engine = new SqliteFtsEngine(url, { resultCache: false })
  await engine.init()
  await engine.rebuild(
    mixed(FIXTURES, {
      size: generated,
      seed,
      exclude: DISTRACTOR_EXCLUDE,
      reserved: DISTRACTOR_RESERVED,
    }),
  )
  return { engine, url }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-relevance-'))
const small = await indexOf(Math.max(0, SMALL - FIXTURES.length), dir)
const smallRows = await relevanceRows(small.engine, RELEVANCE_QUERIES)
await small.engine.close()
const large = await indexOf(size, dir)
const largeRows = await relevanceRows(large.engine, RELEVANCE_QUERIES, large.url)

const cell = (r: RelevanceRow | undefined) => (r ? `${r.rank || '—'}${r.pass ? ' ✓' : ' ✗'}` : '')
const n = size.toLocaleString('en-US')
console.log(
  [
    `Relevance: ${FIXTURES.length} fixtures among generated articles (seed ${seed}), ${SMALL} and ${n} articles in all`,
    '',
    `| # | query | expected | target rank | at ${SMALL} | at ${n} | ranking at ${n} | exact ranking at ${n} |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...RELEVANCE_QUERIES.map((c, i) => {
      const l = largeRows[i]
      return `| ${i + 1} | \`${c.q}\` | ${c.expect} | ≤ ${c.rank} | ${cell(smallRows[i])} | ${cell(l)} | ${l?.path ?? ''} | ${l?.exactRank === undefined ? '' : l.exactRank || '—'} |`
    }),
    '',
    `At target: ${smallRows.filter((r) => r.pass).length}/${smallRows.length} at ${SMALL}, ` +
      `${largeRows.filter((r) => r.pass).length}/${largeRows.length} at ${n}.`,
    '',
  ].join('\n'),
)

let overlapOk = true
const count = Number(values.overlap)
if (count > 0) {
  const corpus = makeDistractors({
    seed,
    count: size,
    exclude: exclusions(FIXTURES, DISTRACTOR_EXCLUDE),
    reserved: DISTRACTOR_RESERVED,
  })
  const o = await overlap(large.engine, large.url, generatedQueries(corpus, size, count))
  console.log(overlapReport(o.summary, `Overlap with the exact ranking at ${n}:`))
  overlapOk = o.summary.meanOverlap >= OVERLAP_TARGET && o.summary.top3Share >= TOP3_TARGET
}
await large.engine.close()
fs.rmSync(dir, { recursive: true, force: true })
const ok = smallRows.every((r) => r.pass) && largeRows.every((r) => r.pass) && overlapOk
console.log(ok ? '\nAll targets met.' : '\nTargets missed.')
process.exit(ok ? 0 : 1)
