// Words of several syllables in a query. Vietnamese writes each syllable apart, so "thủ tục kết
// nạp đảng viên là sinh viên" is matched syllable by syllable, and on a large archive many
// articles hold every syllable without holding one of the words ("Thủ tướng", "tiếp tục",
// "sinh hoạt", "đảng viên"): the question then "matches" 1,553 texts at 20,000 articles and is
// never relaxed, while the answer lacks one word. Relaxation (relax.ts) therefore works on words:
// adjacent syllables the index holds together are one word, required as a phrase, and dropped
// or kept whole. No dictionary is needed: the statistics are the index's own.
import { tokenize } from '@/search/vietnamese/tokenize'
import type { AnalyzedQuery } from '@/search/vietnamese/types'

export interface WordSpan {
  from: number
  to: number
}

/**
 * Positions i where terms i and i + 1 were typed next to each other (nothing between them, not
 * even a stop word), neither is in `skip`, and no expansion (an abbreviation's span) touches
 * them: an expansion already decides how its words match.
 */
export function adjacentPairs(aq: AnalyzedQuery, skip: ReadonlySet<number>): number[] {
  const typed = tokenize(aq.normalized)
    .filter((t) => t.kind !== 'docnum')
    .map((t) => t.folded)
  const at: number[] = []
  let k = 0
  for (const t of aq.terms) {
    while (k < typed.length && typed[k] !== t.folded) k++
    // Terms that do not come from the typed text in order (a decoded or fixed query): no pairs.
    if (k === typed.length) return []
    at.push(k++)
  }
  const inExpansion = (i: number): boolean => aq.expansions.some((e) => i >= e.from && i < e.to)
  const out: number[] = []
  for (let i = 0; i + 1 < aq.terms.length; i++) {
    if (skip.has(i) || skip.has(i + 1) || inExpansion(i) || inExpansion(i + 1)) continue
    if ((at[i + 1] ?? -1) - (at[i] ?? -2) === 1) out.push(i)
  }
  return out
}

/** Consecutive joined pairs as spans: pairs 2 and 3 make the word [2, 5). */
export function spansOf(joined: readonly number[]): WordSpan[] {
  const out: WordSpan[] = []
  for (const i of [...joined].sort((a, b) => a - b)) {
    const last = out[out.length - 1]
    if (last && last.to === i + 1) last.to = i + 2
    else out.push({ from: i, to: i + 2 })
  }
  return out
}

/** The folded text of a span, as a phrase for `documentFrequencies`. */
export function spanText(aq: AnalyzedQuery, from: number, to: number): string {
  return aq.terms
    .slice(from, to)
    .map((t) => t.folded)
    .join(' ')
}

/**
 * The query's words of several syllables: typed neighbours the index holds next to each other
 * in at least one article. A pair the index never holds together is a word boundary ("tục
 * kết", "viên sinh"); any other pair is kept together, and a run of them ("kết nạp đảng viên",
 * always written together here) is one unit. `frequencies` counts the articles holding each
 * phrase (the backend's `documentFrequencies`).
 */
export async function findWords(
  aq: AnalyzedQuery,
  skip: ReadonlySet<number>,
  frequencies: (phrases: string[]) => Promise<ReadonlyMap<string, number>>,
): Promise<WordSpan[]> {
  const pairs = adjacentPairs(aq, skip)
  if (pairs.length === 0) return []
  const df = await frequencies(pairs.map((i) => spanText(aq, i, i + 2)))
  return spansOf(pairs.filter((i) => (df.get(spanText(aq, i, i + 2)) ?? 0) > 0))
}
