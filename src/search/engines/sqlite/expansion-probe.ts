// Leaves an abbreviation's expansion out of a search when no indexed row could match through it.
// The exact statement scores expansion-only matches with expressions of their own (exact.ts
// scoredSql); FTS5 walks every phrase's doclist for bm25 even when those expressions match
// nothing, which was more than half of the costliest load-mix searches' time (BENCHMARKS.md,
// "Where that statement's time goes"). A probe costs one `LIMIT 1` lookup of rare words.
import type { Client } from '@libsql/client'

import type { MatchPlan } from './match'

/**
 * The plan a search with no expansion-only match runs: the literal words alone, scored by the
 * same expression the literal arm of the full statement uses, so the same rows with the same
 * scores. Only valid when the probes found nothing (`withoutIdleExpansions`).
 */
export function literalOnly(plan: MatchPlan): MatchPlan {
  if (plan.literal === undefined || plan.literalRequired === undefined) return plan
  const out: MatchPlan = { ...plan, expression: plan.literal, required: plan.literalRequired }
  delete out.literal
  delete out.literalRequired
  delete out.expanded
  delete out.expandedNear
  delete out.expansionProbes
  return out
}

/**
 * One expression matching what any of the probes matches: a single lookup, as a query of several
 * abbreviations that never occur together (`UBND HĐND MTTQ …`) spent most of its time in one
 * lookup per probe.
 */
export function anyProbe(probes: readonly string[]): string {
  return probes.map((p) => `(${p})`).join(' OR ')
}

/**
 * The plan unchanged when some row matches one of its expansion probes (or it has none), else
 * `literalOnly(plan)`. Read on the connection that then runs the search, so within the same
 * index state as long as no write lands in between; a row written in between that matches only
 * through an expansion is missed by this one search, as a row written just after it would be.
 */
export async function withoutIdleExpansions(
  client: Client,
  fts: string,
  plan: MatchPlan,
): Promise<MatchPlan> {
  const probes = plan.expansionProbes
  if (probes === undefined || probes.length === 0 || plan.literal === undefined) return plan
  const res = await client.execute({
    sql: `SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? LIMIT 1`,
    args: [anyProbe(probes)],
  })
  return res.rows.length > 0 ? plan : literalOnly(plan)
}
