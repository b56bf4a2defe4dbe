/**
 * Quality measurements shared by the relevance and scale benchmarks:
 * - the relevance table: each query of the relevance set and the rank of its expected article;
 * - overlap: for generated queries, the engine's page (whatever path its planner took) against
 *   the exact ranking, which is the engine's own exact statement (bm25 with every boost over
 *   every match, no sample: `exact.ts` `rankStatement`) run on the same index file.
 */
import { createClient } from '@libsql/client'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { compareHits, rankStatement } from '@/search/engines/sqlite/exact'
import { buildMatchExpression, MAIN_COLUMNS, quoteFts } from '@/search/engines/sqlite/match'
import { toRankRow } from '@/search/engines/sqlite/results'
import { LIVE } from '@/search/engines/sqlite/schema'
import { emptyFacets, type SearchBackend, searchWithFallbacks } from '@/search/query/flow'
import type { SearchEngine } from '@/search/types'

import type { RelevanceCase } from './relevance-queries'

export interface RelevanceRow {
  q: string
  expect: string
  target: number
  rank: number
  pass: boolean
  path: 'bm25' | 'impact'
  ms: number
  /** Rank under the exact ranking (bm25 over every match) when `url` was given; 0 if not in 10. */
  exactRank?: number
}

export async function relevanceRows(
  engine: SearchEngine,
  cases: readonly RelevanceCase[],
  url?: string,
): Promise<RelevanceRow[]> {
  const rows: RelevanceRow[] = []
  const client = url ? createClient({ url }) : null
  for (const c of cases) {
    const result = await engine.search({ q: c.q, limit: 10 })
    const rank = result.hits.findIndex((h) => h.id === c.expect) + 1
    const exact = client ? await exactTop(client, result.query, 10) : null
    rows.push({
      ...(exact ? { exactRank: exact.ids.indexOf(c.expect) + 1 } : {}),
      q: c.q,
      expect: c.expect,
      target: c.rank,
      rank,
      pass: rank > 0 && rank <= c.rank,
      path: result.rankedByImpact ? 'impact' : 'bm25',
      ms: result.tookMs,
    })
  }
  client?.close()
  return rows
}

export interface OverlapRow {
  q: string
  path: 'bm25' | 'impact'
  total: number
  /** |fast top 10 ∩ exact top 10| / min(10, exact matches). */
  overlap: number
  top3Same: boolean
  fast: string[]
  exact: string[]
}

export interface OverlapSummary {
  queries: number
  /** Queries the impact path answered (the rest took the exact statement). */
  impact: number
  meanOverlap: number
  top3Share: number
  worst: OverlapRow[]
}

/**
 * The exact ranking's top ids for `q`, on the index file at `url` (no settings): the shared
 * query flow (question words, telex, relaxation by words) with the exact statement at every
 * step, so a relaxed query is compared with the relaxed query's exact ranking.
 */
async function exactTop(
  client: ReturnType<typeof createClient>,
  q: string,
  limit: number,
): Promise<{ ids: string[]; rids: number[]; total: number } | null> {
  let last: { rids: number[]; total: number } | null = null
  const backend: SearchBackend = {
    async run(analyzed, query) {
      const plan = analyzed ? buildMatchExpression(analyzed) : null
      if (!plan) return { total: 0, hits: [], facets: emptyFacets() }
      const rows = (
        await client.execute(rankStatement(LIVE, plan, { ...query, limit, offset: 0 }))
      ).rows.map(toRankRow)
      const hits = rows.filter((r) => r.t === 'hit').sort((x, y) => compareHits(x, y, false))
      const total = rows.filter((r) => r.t === 'facet').reduce((sum, r) => sum + r.n, 0)
      last = { rids: hits.map((h) => h.rid), total }
      const bare = { slug: '', url: '', title: '', kind: 'news' as const, publishedAt: '' }
      return {
        total,
        hits: hits.map((h) => ({ ...bare, id: String(h.rid), snippet: '', titleHighlighted: '' })),
        facets: emptyFacets(),
      }
    },
    vocabulary: async () => new Set<string>(),
    async documentFrequencies(words) {
      const out = new Map<string, number>()
      for (const w of new Set(words)) {
        const r = await client.execute({
          sql: `SELECT count(*) AS n FROM ${LIVE.fts} WHERE ${LIVE.fts} MATCH ?`,
          args: [`${MAIN_COLUMNS.folded} : ${quoteFts(w)}`],
        })
        out.set(w, Number(r.rows[0]?.['n'] ?? 0))
      }
      return out
    },
  }
  const result = await searchWithFallbacks(backend, { q, limit }, {})
  const rids = result.hits.map((h) => Number(h.id))
  if (last === null) return null
  const total = result.total
  if (rids.length === 0) return { ids: [], rids: [], total }
  const ids = await client.execute({
    sql: `SELECT rid, id FROM ${LIVE.docs} WHERE rid IN (${rids.map(() => '?').join(', ')})`,
    args: rids,
  })
  const byRid = new Map(ids.rows.map((r) => [Number(r['rid']), String(r['id'])]))
  return { ids: rids.map((rid) => byRid.get(rid) ?? `rid:${rid}`), rids, total }
}

export async function overlap(
  engine: SqliteFtsEngine,
  url: string,
  queries: readonly string[],
): Promise<{ rows: OverlapRow[]; summary: OverlapSummary }> {
  const client = createClient({ url })
  const rows: OverlapRow[] = []
  try {
    for (const q of queries) {
      const fast = await engine.search({ q, limit: 10 })
      // A query the engine answered through a fallback (telex, did-you-mean) is not comparable.
      if (fast.total === 0 || fast.decodedFrom) continue
      const exact = await exactTop(client, q, 10)
      if (!exact || exact.ids.length === 0) continue
      const fastIds = fast.hits.map((h) => h.id)
      const shared = fastIds.filter((id) => exact.ids.includes(id)).length
      const k = Math.min(3, exact.ids.length)
      rows.push({
        q,
        path: fast.rankedByImpact ? 'impact' : 'bm25',
        total: exact.total,
        overlap: shared / Math.min(10, exact.ids.length),
        top3Same: fastIds.slice(0, k).join() === exact.ids.slice(0, k).join(),
        fast: fastIds,
        exact: exact.ids,
      })
    }
  } finally {
    client.close()
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 1)
  return {
    rows,
    summary: {
      queries: rows.length,
      impact: rows.filter((r) => r.path === 'impact').length,
      meanOverlap: mean(rows.map((r) => r.overlap)),
      top3Share: mean(rows.map((r) => (r.top3Same ? 1 : 0))),
      worst: [...rows].sort((a, b) => a.overlap - b.overlap).slice(0, 10),
    },
  }
}

/** Targets of issue 13. */
export const OVERLAP_TARGET = 0.95
export const TOP3_TARGET = 0.95

export function relevanceTable(rows: readonly RelevanceRow[], title: string): string {
  const ok = rows.filter((r) => r.pass).length
  return [
    title,
    '',
    '| # | query | expected | target rank | got | ranking | ms | exact ranking would give |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r, i) =>
        `| ${i + 1} | \`${r.q}\` | ${r.expect} | ≤ ${r.target} | ${r.rank || '—'}${r.pass ? ' ✓' : ' ✗'} | ${r.path} | ${r.ms} | ${r.exactRank === undefined ? '' : r.exactRank || '—'} |`,
    ),
    '',
    `At target: ${ok}/${rows.length} (${((ok / Math.max(1, rows.length)) * 100).toFixed(1)}%)`,
  ].join('\n')
}

export function overlapReport(s: OverlapSummary, title: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  return [
    title,
    '',
    `Queries compared: ${s.queries} (answered by the impact path: ${s.impact}).`,
    `Mean top-10 overlap with the exact ranking: ${s.meanOverlap.toFixed(3)} (target ≥ ${OVERLAP_TARGET}).`,
    `Top 3 identical: ${pct(s.top3Share)} (target ≥ ${pct(TOP3_TARGET)}).`,
    '',
    'Lowest overlaps:',
    '',
    '| query | path | matches | overlap | top 3 same |',
    '| --- | --- | --- | --- | --- |',
    ...s.worst.map(
      (r) =>
        `| \`${r.q}\` | ${r.path} | ${r.total} | ${r.overlap.toFixed(2)} | ${r.top3Same ? 'yes' : 'no'} |`,
    ),
  ].join('\n')
}
