// One search against the live tables: exact counts for ordinary result sets, the sampled and
// tiered path of sqlite-tiers.ts when the match set is huge.
import type { Client } from '@libsql/client'
import type { MatchPlan } from './fts-match'
import { termIndex } from './highlight'
import type { ParsedQuery } from './query-params'
import type { CoreResult } from './search-flow'
import {
  compareHits,
  rankStatement,
  textStatement,
  type RankRow,
  type ScoreSource,
} from './sqlite-query'
import { num, toFacets, toHit, toRankRow } from './sqlite-results'
import type { TableSet } from './sqlite-schema'
import {
  countStatement,
  EXACT_LIMIT,
  excludingPlan,
  leadSource,
  mainSource,
  pageStatement,
  sampleStatement,
  sapoSource,
} from './sqlite-tiers'

export interface Plans {
  main: MatchPlan
  /** The same query against the lead table's (title) columns. */
  lead: MatchPlan
  /** The same query against the sapo table's (title and sapo) columns. */
  sapo: MatchPlan
}

interface Tier {
  src: ScoreSource
  plan: MatchPlan
}

/**
 * Best first: title holds every query word, then title and sapo together, then the rest. Each
 * tier excludes the ones above, so pages neither overlap nor skip rows. Each tier has its own
 * table, so ranking it walks only that table's postings: the titles-only table is the cheapest
 * and usually fills the page alone. The sapo tier keeps its boosts (exact spelling, phrase):
 * its table holds a fraction of the full index's postings.
 */
function tiers(t: TableSet, plans: Plans): Tier[] {
  return [
    { src: leadSource(t), plan: plans.lead },
    { src: sapoSource(t), plan: excludingPlan(plans.sapo, plans.lead, true) },
    { src: mainSource(t), plan: excludingPlan(plans.main, plans.sapo, false) },
  ]
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
  const page: RankRow[] = []
  let offset = p.offset
  for (const tier of tiers(t, plans)) {
    if (page.length === p.limit) break
    const got = await rows(pageStatement(t, tier.src, tier.plan, p, p.limit - page.length, offset))
    page.push(...got)
    // The next tier's pages start after this tier's filtered rows: a tier that gave rows but
    // not a full page has ended within this page; one that gave none is counted.
    if (got.length > 0) offset = 0
    else if (offset > 0) offset = Math.max(0, offset - (await count(client, t, tier, p)))
  }
  return { rows: page, tiered: true }
}

async function count(client: Client, t: TableSet, tier: Tier, p: ParsedQuery): Promise<number> {
  const row = (await client.execute(countStatement(t, tier.src.fts, tier.plan, p))).rows[0]
  return row ? num(row, 'n') : 0
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
