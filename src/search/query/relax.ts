// Questions typed as sentences. Every word of a query is required, so "thủ tục kết nạp đảng viên
// là sinh viên như thế nào" finds nothing when the guidance article says "quy trình". When a
// sentence-like query finds nothing, words are dropped the way mature engines relax a query:
// question words first, then the least informative words (the most frequent in the index), one
// word or one two-syllable word at a time, never below two thirds of the words. The dropped words
// stay as optional words (they add score, so articles holding more of them rank first) and the
// result names them, so the reader sees which words were not used.
import { questionWordPositions } from '@/search/vietnamese/question-words'
import type { AnalyzedQuery, QueryTerm } from '@/search/vietnamese/types'

import type { CoreResult, SearchBackend } from './flow'
import type { NormalizedQuery } from './params'

/** Queries this long are sentences even without a question word. */
const SENTENCE_TERMS = 5
/** Bounds the extra searches a relaxed query may cost. */
const MAX_PROBES = 16

export interface Relaxed {
  core: CoreResult
  /** The dropped words as the reader's terms, adjacent ones joined ("thế nào", "thủ tục"). */
  unused: string[]
}

/** The query without the terms at `drop`; those become optional, expansions over them go. */
export function withoutTerms(aq: AnalyzedQuery, drop: ReadonlySet<number>): AnalyzedQuery {
  const newIndex: number[] = []
  const terms: QueryTerm[] = []
  const optional: QueryTerm[] = [...(aq.optional ?? [])]
  aq.terms.forEach((t, i) => {
    if (drop.has(i)) {
      newIndex[i] = -1
      optional.push(t)
    } else newIndex[i] = terms.push(t) - 1
  })
  const expansions = aq.expansions.flatMap((e) => {
    for (let i = e.from; i < e.to; i++) if (drop.has(i)) return []
    const from = newIndex[e.from] ?? -1
    return from >= 0 ? [{ from, to: from + (e.to - e.from), terms: e.terms }] : []
  })
  return { ...aq, terms, expansions, optional }
}

/** Dropped positions as words: adjacent positions form one word ("thế nào"). */
function unusedWords(aq: AnalyzedQuery, drop: ReadonlySet<number>): string[] {
  const out: string[] = []
  let run: string[] = []
  aq.terms.forEach((t, i) => {
    if (drop.has(i)) run.push(t.exact)
    else if (run.length > 0) {
      out.push(run.join(' '))
      run = []
    }
  })
  if (run.length > 0) out.push(run.join(' '))
  return out
}

/**
 * A question without its question words, which are never required: they carry no subject, and
 * folded they are among the commonest syllables ("đâu" is `dau`, as "đầu năm" is), so on a large
 * archive some article always holds them scattered and the question as typed would never be
 * relaxed, while on a small one it would: the answer must not depend on the archive's size.
 * They stay optional (articles holding them rank higher) and are named as not used. Null when
 * the query holds no question word, fewer than two other words, or no diacritic at all.
 */
export function withoutQuestionWords(
  aq: AnalyzedQuery,
): { query: AnalyzedQuery; unused: string[] } | null {
  // Without any diacritic a question word is a guess ("nguoi dung dau" is "người đứng đầu", not
  // "… đâu"): such a query keeps its words until nothing matches, as relaxQuery does.
  if (!aq.terms.some((t) => t.hasDiacritics)) return null
  const questions = questionWordPositions(aq.terms)
  if (questions.length === 0 || aq.terms.length - questions.length < 2) return null
  const drop = new Set(questions)
  return { query: withoutTerms(aq, drop), unused: unusedWords(aq, drop) }
}

/**
 * The relaxed result, or null when the query is not sentence-like or no allowed relaxation finds
 * anything. Only called when the query as typed found nothing, so exact all-word matches always
 * come first: they are the only answer whenever there is one.
 */
export async function relaxQuery(
  backend: SearchBackend,
  aq: AnalyzedQuery,
  p: NormalizedQuery,
): Promise<Relaxed | null> {
  const questions = questionWordPositions(aq.terms)
  const content = aq.terms.map((_, i) => i).filter((i) => !questions.includes(i))
  if (content.length < 2 || (questions.length === 0 && content.length < SENTENCE_TERMS)) {
    return null
  }
  let probes = 0
  const attempt = async (drop: ReadonlySet<number>): Promise<Relaxed | null> => {
    probes++
    const core = await backend.run(withoutTerms(aq, drop), p)
    return core.total > 0 ? { core, unused: unusedWords(aq, drop) } : null
  }
  const base = new Set(questions)
  if (base.size > 0) {
    const found = await attempt(base)
    if (found) return found
  }

  // Least informative first: the most frequent words (without statistics, the last words).
  const df = backend.documentFrequencies
    ? await backend.documentFrequencies(content.map((i) => aq.terms[i]?.folded ?? ''))
    : null
  const weight = (i: number): number => df?.get(aq.terms[i]?.folded ?? '') ?? i
  const minKeep = Math.max(2, Math.ceil((content.length * 2) / 3))
  const byWeight = (a: number[], b: number[]): number =>
    b.reduce((s, i) => s + weight(i), 0) / b.length -
    a.reduce((s, i) => s + weight(i), 0) / a.length
  const singles = content.map((i) => [i]).sort(byWeight)
  const pairs = content
    .filter((i) => content.includes(i + 1))
    .map((i) => [i, i + 1])
    .sort(byWeight)
  for (const unit of [...singles, ...pairs]) {
    if (content.length - unit.length < minKeep || probes >= MAX_PROBES) continue
    const found = await attempt(new Set([...base, ...unit]))
    if (found) return found
  }
  // Then several words, least informative first.
  const drop = new Set(base)
  for (const [i] of singles) {
    if (i === undefined || content.length - (drop.size - base.size) - 1 < minKeep) break
    drop.add(i)
    if (drop.size - base.size < 2 || probes >= MAX_PROBES) continue
    const found = await attempt(drop)
    if (found) return found
  }
  return null
}

/** What the results page and `cms search` tell the reader about a relaxed query (Vietnamese). */
export function relaxedNotice(query: string, unused: readonly string[]): string {
  const words = unused.map((w) => `«${w}»`).join(', ')
  return `Không tìm thấy đủ các từ: «${query}»; kết quả dưới đây không dùng: ${words}.`
}
