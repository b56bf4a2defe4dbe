// One search against the live tables: exact counts for ordinary result sets, the sampled and
// tiered path of sqlite-tiers.ts when the match set is huge.
import type { Client } from '@libsql/client'
import type { MatchPlan } from './fts-match'
import { termIndex } from './highlight'
import type { ParsedQuery } from './query-params'
import type { CoreResult } from './search-flow'
import { compareHits, rankStatement, textStatement, type RankRow } from './sqlite-query'
import { num, toFacets, toHit, toRankRow } from './sqlite-results'
import type { TableSet } from './sqlite-schema'
import {
  EXACT_LIMIT,
  leadCountStatement,
  leadSource,
  mainSource,
  pageStatement,
  restPlan,
  sampleStatement,
} from './sqlite-tiers'

export interface Plans {
  main: MatchPlan
  /** The same query against the lead table's columns. */
  lead: MatchPlan
}

export async function computeResult(
  client: Client,
  t: TableSet,
  plans: Plans | null,
  p: ParsedQuery,
): Promise<CoreResult> {
  const sampled = plans ? await sample(client, t, plans.main, p) : null
  if (!plans || !sampled) return exactResult(client, t, plans?.main ?? null, p)
  const page = await tieredPage(client, t, plans, p)
  const hits = await withText(client, t, plans.main, page.rows)
  return {
    // An estimate must never claim fewer matches than the pages already shown.
    total: Math.max(sampled.total, p.offset + hits.length),
    facets: sampled.facets,
    hits,
    totalApproximate: true,
    facetsApproximate: true,
    ...(page.tiered ? { rankingTiered: true } : {}),
  }
}

async function sample(client: Client, t: TableSet, plan: MatchPlan, p: ParsedQuery) {
  const span = await client.execute(`SELECT min(rid) AS lo, max(rid) AS hi FROM ${t.attrs}`)
  const row = span.rows[0]
  if (!row || row['lo'] === null) return null
  const s = sampleStatement(t, plan, p, num(row, 'lo'), num(row, 'hi'))
  if (!s) return null
  const counted = toFacets((await client.execute(s.statement)).rows.map(toRankRow))
  if (counted.total * s.scale <= EXACT_LIMIT) return null
  const scale = (rec: Record<string, number>): void => {
    for (const k of Object.keys(rec)) rec[k] = Math.round((rec[k] ?? 0) * s.scale)
  }
  const { facets } = counted
  scale(facets.kind)
  scale(facets.category)
  scale(facets.year)
  return { total: Math.round(counted.total * s.scale), facets }
}

async function tieredPage(client: Client, t: TableSet, plans: Plans, p: ParsedQuery) {
  const rows = async (statement: Parameters<Client['execute']>[0]): Promise<RankRow[]> =>
    (await client.execute(statement)).rows.map(toRankRow)
  if (p.sort !== 'relevance') {
    const all = await rows(pageStatement(t, mainSource(t), plans.main, p, p.limit, p.offset))
    return { rows: all, tiered: false }
  }
  const lead = await rows(pageStatement(t, leadSource(t), plans.lead, p, p.limit, p.offset))
  if (lead.length === p.limit) return { rows: lead, tiered: true }
  const count = await client.execute(leadCountStatement(t, plans.lead, p))
  const leadTotal = count.rows[0] ? num(count.rows[0], 'n') : 0
  const rest = restPlan(plans.main, plans.lead)
  const offset = Math.max(0, p.offset - leadTotal)
  const more = await rows(pageStatement(t, mainSource(t), rest, p, p.limit - lead.length, offset))
  return { rows: [...lead, ...more], tiered: true }
}

async function exactResult(
  client: Client,
  t: TableSet,
  plan: MatchPlan | null,
  p: ParsedQuery,
): Promise<CoreResult> {
  const ranked = (await client.execute(rankStatement(t, plan, p))).rows.map(toRankRow)
  const { total, facets } = toFacets(ranked.filter((r) => r.t === 'facet'))
  const page = ranked
    .filter((r) => r.t === 'hit')
    .sort((a, b) => compareHits(a, b, p.sort === 'date' || plan === null))
  return { total, facets, hits: await withText(client, t, plan, page) }
}

/** Reads the long text for the page only and builds snippets from it. */
async function withText(client: Client, t: TableSet, plan: MatchPlan | null, page: RankRow[]) {
  if (page.length === 0) return []
  const texts = await client.execute(
    textStatement(
      t,
      page.map((r) => r.rid),
    ),
  )
  const byRid = new Map(texts.rows.map((row) => [num(row, 'rid'), row]))
  const terms = termIndex(plan?.highlightTerms ?? [], plan?.highlightSequences ?? [])
  // A row deleted between the two reads is simply left out of this page.
  return page.flatMap((r) => {
    const row = byRid.get(r.rid)
    return row ? [toHit(r, row, terms)] : []
  })
}
