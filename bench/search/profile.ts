/**
 * Where a relevance query's time goes on a large index (issue 13 §6):
 * `npx tsx --conditions=production bench/search/profile.ts [--size 10000] [--queries 300]
 * [--dir /tmp]`. Builds the distractor index once (kept as `<dir>/profile-<size>.db`, reused by
 * later runs), then for each generated query times, in CPU milliseconds, every statement the
 * relevance paths run, one by one: each phrase's document count (FTS5's IDF pass walks the same
 * doclists), the required words alone with bm25, the full expression without and with bm25, the
 * impact path's restricted statement, the exact statement, and the engine's whole search.
 * Read-only on the index apart from the impact lists the engine builds on first use.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { type Client, createClient, type InStatement } from '@libsql/client'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { pageStatement, rankStatement, withinStatement } from '@/search/engines/sqlite/exact'
import { parsePhrases, type Phrase } from '@/search/engines/sqlite/impact-bound'
import { readAverages, wordLists } from '@/search/engines/sqlite/impact-lists'
import { buildMatchExpression } from '@/search/engines/sqlite/match'
import { LIVE } from '@/search/engines/sqlite/schema'
import { normalizeQuery } from '@/search/query/params'
import { analyzeQuery } from '@/search/vietnamese/analyze'
import { foldVietnamese } from '@/search/vietnamese/fold'

import { makeDistractors } from './distractors/generate'
import { exclusions, mixed } from './distractors/mix'
import { generatedQueries } from './distractors/queries'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'
import { latency, ms } from './stats'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '42' },
    dir: { type: 'string', default: os.tmpdir() },
  },
})
const size = Number(values.size)
const seed = Number(values.seed)
const file = path.join(values.dir, `profile-${size}.db`)
const url = `file:${file}`

const cpu = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const c = process.cpuUsage()
  const out = await fn()
  const d = process.cpuUsage(c)
  return [out, (d.user + d.system) / 1000]
}

if (!fs.existsSync(file)) {
  const builder = new SqliteFtsEngine(url, { resultCache: false })
  await builder.init()
  const [n, t] = await cpu(() =>
    builder.rebuild(
      mixed(FIXTURES, { size, seed, exclude: DISTRACTOR_EXCLUDE, reserved: DISTRACTOR_RESERVED }),
    ),
  )
  await builder.close()
  console.error(`built ${n} articles in ${(t / 1000).toFixed(1)} CPU-s`)
}

const engine = new SqliteFtsEngine(url, { resultCache: false })
await engine.init()
const client: Client = createClient({ url })
await client.execute('PRAGMA cache_size = -65536')
await client.execute('PRAGMA mmap_size = 2147418112')
const corpus = makeDistractors({
  seed,
  count: size,
  exclude: exclusions(FIXTURES, DISTRACTOR_EXCLUDE),
  reserved: DISTRACTOR_RESERVED,
})
const queries = generatedQueries(corpus, size, Number(values.queries))

const times = new Map<string, number[]>()
const add = (key: string, v: number) => times.set(key, [...(times.get(key) ?? []), v])
const run = async (key: string, s: InStatement | string) => {
  const [res, t] = await cpu(() => client.execute(s))
  add(key, t)
  return res
}
const kindOf = (p: Phrase, text: string) =>
  text.includes('NEAR(')
    ? 'near'
    : text.startsWith('{title_f}')
      ? 'title phrase'
      : `${p.kind} ${p.words.length === 1 ? 'word' : 'phrase'}`

// Warm the page cache and the lists of the first queries' words.
for (const q of queries.slice(0, 20)) await engine.search({ q, limit: 10 })
let phraseTotal = 0
const paths = { impact: 0, exact: 0 }
for (const q of queries) {
  const plan = buildMatchExpression(analyzeQuery(q, {}))
  if (!plan) continue
  const query = normalizeQuery({ q, limit: 10 })
  const phrases = parsePhrases(plan.expression) ?? []
  phraseTotal += phrases.length
  let counted = 0
  for (const p of phrases) {
    const [, t] = await cpu(() =>
      client.execute({
        sql: `SELECT count(*) FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ?`,
        args: [p.text],
      }),
    )
    add(`count: ${kindOf(p, p.text)}`, t)
    counted += t
  }
  add('count: every phrase of the expression (≈ one IDF pass)', counted)
  await run('required words: count', {
    sql: `SELECT count(*) FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ?`,
    args: [plan.required],
  })
  await run('required words: bm25 top 10', {
    sql: `SELECT rowid, bm25(${LIVE.fts}) AS s FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ? ORDER BY s LIMIT 10`,
    args: [plan.required],
  })
  await run('full expression: count (iteration, no bm25)', {
    sql: `SELECT count(*) FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ?`,
    args: [plan.expression],
  })
  await run('full expression: bm25 top 10', {
    sql: `SELECT rowid, bm25(${LIVE.fts}) AS s FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ? ORDER BY s LIMIT 10`,
    args: [plan.expression],
  })
  const now = await readAverages(client, LIVE)
  if (now) {
    const words = [
      ...new Set(
        phrases.flatMap((p) => (p.kind === 'exact' ? p.words.map(foldVietnamese) : p.words)),
      ),
    ]
    const [lists, tl] = await cpu(() => wordLists(client, LIVE, words, 256, now))
    add('impact: read the 256-deep lists', tl)
    add('impact: candidates (rows)', lists.rids.length)
    await run(
      'impact: restricted statement (withinStatement)',
      withinStatement(LIVE, plan, query, lists.rids, 10),
    )
  }
  await run('exact statement (rankStatement)', rankStatement(LIVE, plan, query))
  await run('exact page without facets (pageStatement)', pageStatement(LIVE, plan, query))
  const [r, ts] = await cpu(() => engine.search({ q, limit: 10 }))
  add('engine.search, all', ts)
  if (r.rankedByImpact) paths.impact++
  else paths.exact++
  add(r.rankedByImpact ? 'engine.search, impact path' : 'engine.search, exact statement', ts)
}

console.log(
  `Profile at ${size.toLocaleString('en-US')} articles, ${queries.length} queries, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; ${(phraseTotal / queries.length).toFixed(1)} phrases per expression on average; ` +
    `engine paths: impact ${paths.impact}, exact ${paths.exact}\n`,
)
console.log('| step (CPU ms) | n | p50 | p95 | mean |')
console.log('| --- | --- | --- | --- | --- |')
for (const [key, xs] of times) {
  const l = latency(xs)
  console.log(`| ${key} | ${xs.length} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.mean)} |`)
}
client.close()
await engine.close()
