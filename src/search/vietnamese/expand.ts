import { ABBREVIATIONS } from './data/abbreviations'
import { isFoldedVietnameseSyllable } from './syllable'
import { expressionTerms } from './terms'
import type { AnalyzedQuery, QueryTerm, SearchSettings } from './types'

type Expansion = AnalyzedQuery['expansions'][number]

/** One member of an equivalence group, and the other members it may be replaced by. */
interface Alternative {
  /** Folded forms to match, or exact forms when folding would collide with a real syllable. */
  match: string[]
  exact: boolean
  others: QueryTerm[][]
}

const MAX_GROUPS = 300
const MAX_MEMBERS = 8
const MAX_EXPANSIONS = 32

function compile(groups: ReadonlyArray<ReadonlyArray<string>>): Map<string, Alternative[]> {
  const byHead = new Map<string, Alternative[]>()
  for (const group of groups.slice(0, MAX_GROUPS)) {
    if (!Array.isArray(group)) continue
    const members = group
      .slice(0, MAX_MEMBERS)
      .filter((m): m is string => typeof m === 'string')
      .map((m) => expressionTerms(m.slice(0, 200)))
      .filter((terms) => terms.length > 0)
    members.forEach((terms, index) => {
      // `ĐU` must not fire on `du lịch`: a one-word abbreviation that folds to a syllable is
      // matched with its accents.
      const only = terms.length === 1 ? terms[0] : undefined
      const exact =
        only !== undefined && only.hasDiacritics && isFoldedVietnameseSyllable(only.folded)
      const head = terms[0]?.folded ?? ''
      const others = members.filter((_, k) => k !== index)
      const list = byHead.get(head) ?? []
      list.push({ match: terms.map((t) => (exact ? t.exact : t.folded)), exact, others })
      byHead.set(head, list)
    })
  }
  return byHead
}

const BUILT_IN = compile(ABBREVIATIONS)
// Engines pass the same settings object on every query; compile it once per object.
const compiledSettings = new WeakMap<object, Map<string, Alternative[]>>()

function compileCached(groups: SearchSettings['synonyms']): Map<string, Alternative[]> {
  let table = compiledSettings.get(groups)
  if (!table) {
    table = compile(groups)
    compiledSettings.set(groups, table)
  }
  return table
}

const key = (terms: QueryTerm[]): string => terms.map((t) => t.folded).join(' ')

/**
 * Finds every abbreviation or synonym occurring in `terms` (compared accent-insensitively, so
 * `ubnd` and `uy ban nhan dan` both match) and lists what each occurrence may be replaced by.
 * `blocked[i]` marks terms that must not start or join a match (parts of document numbers).
 */
export function findExpansions(
  terms: QueryTerm[],
  blocked: boolean[],
  synonyms: SearchSettings['synonyms'] = [],
): Expansion[] {
  const tables = synonyms.length > 0 ? [BUILT_IN, compileCached(synonyms)] : [BUILT_IN]
  const found: Expansion[] = []
  const seen = new Set<string>()
  for (let from = 0; from < terms.length; from++) {
    const head = terms[from]?.folded ?? ''
    for (const table of tables) {
      for (const alt of table.get(head) ?? []) {
        const to = from + alt.match.length
        if (to > terms.length) continue
        const span = terms.slice(from, to)
        const differs = (t: QueryTerm, k: number): boolean =>
          (alt.exact ? t.exact : t.folded) !== alt.match[k] || blocked[from + k] === true
        if (span.some(differs)) continue
        for (const other of alt.others) {
          const id = `${from}:${to}:${key(other)}`
          if (key(other) === key(span) || seen.has(id)) continue
          seen.add(id)
          found.push({ from, to, terms: other.map((t) => ({ ...t })) })
          if (found.length >= MAX_EXPANSIONS) return found
        }
      }
    }
  }
  return found
}
