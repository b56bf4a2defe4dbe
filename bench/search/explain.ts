/**
 * Why a relevance query's expected article wins or loses (issue 13 §1):
 * `npx tsx --conditions=production bench/search/explain.ts [--size 20000] [--dir /tmp]
 * [--q "query"]… [--all] [--top 5]`. Builds the relevance benchmark's index once (fixtures mixed
 * into `--size` generated articles, kept as `<dir>/explain-<size>.db` and reused, so ranking
 * changes that only touch the query side are measured without a rebuild), prints the relevance
 * table (engine rank and exact-ranking rank), then for each missed query (or each `--q`, or all
 * with `--all`) the articles ranked above the expected one and the expected one itself, with
 * their scores and what scores them: each phrase of the MATCH expression alone on that row
 * (FTS5's bm25 is a sum over phrases of idf × saturated hits, so these add up to the row's bm25),
 * the recency factor and the `top` bonus.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { type Client, createClient } from '@libsql/client'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { compareHits, freshness, rankStatement } from '@/search/engines/sqlite/exact'
import { buildMatchExpression, type MatchPlan } from '@/search/engines/sqlite/match'
import { toRankRow } from '@/search/engines/sqlite/results'
import { BM25_WEIGHTS, LIVE } from '@/search/engines/sqlite/schema'
import { normalizeQuery } from '@/search/query/params'
import { analyzeQuery } from '@/search/vietnamese/analyze'

import { mixed } from './distractors/mix'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'
import { RELEVANCE_QUERIES } from './relevance-queries'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    dir: { type: 'string', default: os.tmpdir() },
    q: { type: 'string', multiple: true, default: [] },
    all: { type: 'boolean', default: false },
    top: { type: 'string', default: '5' },
    // Rank every match of the exact ranking to find an expected article far down (slow at 100k).
    depth: { type: 'string', default: '200' },
  },
})
const size = Number(values.size)
const seed = Number(values.seed)
const file = path.join(values.dir, `explain-${size}-${seed}.db`)
const url = `file:${file}`

if (!fs.existsSync(file)) {
  const builder = new SqliteFtsEngine(url, { resultCache: false })
  await builder.init()
  const t = Date.now()
  const n = await builder.rebuild(
    mixed(FIXTURES, { size, seed, exclude: DISTRACTOR_EXCLUDE, reserved: DISTRACTOR_RESERVED }),
  )
  await builder.close()
  console.error(`built ${n} articles in ${((Date.now() - t) / 1000).toFixed(1)} s → ${file}`)
}

const engine = new SqliteFtsEngine(url, { resultCache: false })
await engine.init()
const client: Client = createClient({ url })
const now = Date.now()

interface Ranked {
  rid: number
  score: number
  publishedAt: number
}

/** The exact ranking's first `depth` rows for `q` (the engine's own statement, no settings). */
async function exactRanking(q: string, plan: MatchPlan, depth: number): Promise<Ranked[]> {
  const query = { ...normalizeQuery({ q, limit: 10 }), limit: depth, offset: 0 }
  const rows = (await client.execute(rankStatement(LIVE, plan, query))).rows.map(toRankRow)
  return rows
    .filter((r) => r.t === 'hit')
    .sort((a, b) => compareHits(a, b, false))
    .map((r) => ({ rid: r.rid, score: r.score, publishedAt: r.published_at }))
}

async function ridOf(id: string): Promise<number | null> {
  const r = await client.execute({ sql: `SELECT rid FROM ${LIVE.docs} WHERE id = ?`, args: [id] })
  const v = r.rows[0]?.['rid']
  return v === undefined ? null : Number(v)
}

async function docOf(rid: number): Promise<{ id: string; title: string; date: string }> {
  const r = await client.execute({
    sql: `SELECT id, title, published_iso FROM ${LIVE.docs} WHERE rid = ?`,
    args: [rid],
  })
  const row = r.rows[0]
  return {
    id: String(row?.['id'] ?? `rid:${rid}`),
    title: String(row?.['title'] ?? ''),
    date: String(row?.['published_iso'] ?? '').slice(0, 10),
  }
}

/** A column filter and its phrase or NEAR group, as match.ts writes them. */
const CLAUSE =
  /\{[^}]*\}\s*:\s*(?:"(?:[^"]|"")*"|NEAR\s*\((?:\s*"(?:[^"]|"")*")+\s*(?:,\s*\d+\s*)?\))/g

const bm25 = `bm25(${LIVE.fts}, ${BM25_WEIGHTS.join(', ')})`

/** bm25 of one MATCH expression on one row (0 when the row does not match it). */
async function scoreOn(expression: string, rid: number): Promise<number> {
  const r = await client.execute({
    sql: `SELECT ${bm25} AS s FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ? AND rowid = ?`,
    args: [expression, rid],
  })
  return Number(r.rows[0]?.['s'] ?? 0)
}

async function matches(expression: string | undefined, rid: number): Promise<boolean> {
  if (expression === undefined) return false
  const r = await client.execute({
    sql: `SELECT 1 FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ? AND rowid = ?`,
    args: [expression, rid],
  })
  return r.rows.length > 0
}

async function topOf(plan: MatchPlan, rid: number): Promise<boolean> {
  if (plan.topTitle !== undefined) {
    const r = await client.execute({
      sql: `SELECT 1 FROM ${LIVE.lead} WHERE ${LIVE.lead} MATCH ? AND rowid = ?`,
      args: [plan.topTitle, rid],
    })
    if (r.rows.length > 0) return true
  }
  return matches(plan.topKeys, rid)
}

/** Which of the plan's expressions scores the row, and that expression's phrases on it. */
async function explainRow(plan: MatchPlan, r: Ranked): Promise<string[]> {
  let expression = plan.expression
  let which = 'expression'
  if (plan.literal !== undefined && plan.expanded !== undefined) {
    if (await matches(plan.literalRequired, r.rid)) {
      expression = plan.literal
      which = 'literal'
    } else if (plan.expandedNear !== undefined && (await matches(plan.expandedNear, r.rid))) {
      which = 'expansion near the other words'
    } else {
      which = 'expansion only (× 0.5)'
    }
  }
  const d = await docOf(r.rid)
  const fresh = 1 + 0.05 * freshness(r.publishedAt, now)
  const top = await topOf(plan, r.rid)
  const lines = [
    `  ${d.id} (${d.date}) score ${r.score.toFixed(3)}${top ? ' TOP' : ''}, recency ×${fresh.toFixed(3)}, scored by ${which}`,
    `    title: ${d.title}`,
  ]
  // Each column-filtered phrase or NEAR group alone (a NEAR group's phrases only count their
  // instances inside the group, so the group is scored whole).
  const seen = new Set<string>()
  for (const m of expression.matchAll(CLAUSE)) {
    const text = m[0]
    if (seen.has(text)) continue
    seen.add(text)
    const s = await scoreOn(text, r.rid)
    if (Math.abs(s) >= 0.0005) lines.push(`    ${s.toFixed(3)}  ${text}`)
  }
  return lines
}

const topN = Number(values.top)
const depth = Number(values.depth)
const explainAll = values.all
const picked = new Set(values.q)
const table: string[] = [
  `| # | query | expected | target | engine rank | exact rank (of ${depth}) | path |`,
  '| --- | --- | --- | --- | --- | --- | --- |',
]
const reports: string[] = []
let pass = 0
for (const [i, c] of RELEVANCE_QUERIES.entries()) {
  if (picked.size > 0 && !picked.has(c.q)) continue
  const result = await engine.search({ q: c.q, limit: 10 })
  const rank = result.hits.findIndex((h) => h.id === c.expect) + 1
  const ok = rank > 0 && rank <= c.rank
  if (ok) pass++
  // The engine's analysed text (after a relaxation or a telex decoding) is what it ranked.
  const analyzed = analyzeQuery(result.decodedFrom ? result.query : c.q, {})
  if (result.unusedWords && result.unusedWords.length > 0) {
    const unused = new Set(result.unusedWords.flatMap((w) => w.toLowerCase().split(/\s+/)))
    analyzed.optional = analyzed.terms.filter((t) => unused.has(t.exact))
    analyzed.terms = analyzed.terms.filter((t) => !analyzed.optional?.includes(t))
  }
  const plan = buildMatchExpression(analyzed)
  const ranking = plan ? await exactRanking(c.q, plan, depth) : []
  const expectedRid = await ridOf(c.expect)
  const exactRank = ranking.findIndex((r) => r.rid === expectedRid) + 1
  table.push(
    `| ${i + 1} | \`${c.q}\` | ${c.expect} | ≤ ${c.rank} | ${rank || '—'}${ok ? ' ✓' : ' ✗'} | ${exactRank || '—'} | ${result.rankedByImpact ? 'impact' : 'bm25'} |`,
  )
  if (!plan || (!explainAll && picked.size === 0 && ok)) continue
  const out = [
    `### ${i + 1}. \`${c.q}\` → ${c.expect} (target ≤ ${c.rank}): engine ${rank || '—'}, exact ${exactRank || `> ${depth}`}, ${result.total} matches${result.unusedWords?.length ? `, unused: ${result.unusedWords.join(' ')}` : ''}`,
    `expression: ${plan.expression}`,
    ...(plan.top ? [`top: ${plan.top}`] : []),
  ]
  const shown = ranking.slice(0, Math.max(topN, Math.min(exactRank, topN)))
  for (const [k, r] of shown.entries()) {
    out.push(`#${k + 1}`, ...(await explainRow(plan, r)))
  }
  const expected = ranking[exactRank - 1]
  if (expected && exactRank > shown.length) {
    out.push(`#${exactRank} (expected)`, ...(await explainRow(plan, expected)))
  } else if (!expected && expectedRid !== null) {
    const matched = await matches(plan.expression, expectedRid)
    out.push(`expected ${c.expect}: ${matched ? `ranked below ${depth}` : 'does not match'}`)
    if (matched) {
      const s = await scoreOn(plan.expression, expectedRid)
      const pub = await client.execute({
        sql: `SELECT published_at FROM ${LIVE.attrs} WHERE rid = ?`,
        args: [expectedRid],
      })
      out.push(
        ...(await explainRow(plan, {
          rid: expectedRid,
          score: s,
          publishedAt: Number(pub.rows[0]?.['published_at'] ?? 0),
        })),
      )
    }
  }
  reports.push(out.join('\n'))
}
console.log(
  `Relevance at ${size.toLocaleString('en-US')} generated articles + ${FIXTURES.length} fixtures (seed ${seed})\n`,
)
console.log(table.join('\n'))
console.log(`\nAt target: ${pass}/${table.length - 2}\n`)
console.log(reports.join('\n\n'))
client.close()
await engine.close()
