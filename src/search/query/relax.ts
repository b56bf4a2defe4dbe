// Questions typed as sentences. Every word of a query is required, so "thủ tục kết nạp đảng viên
// là sinh viên như thế nào" finds nothing when the guidance article says "quy trình". When a
// sentence-like query finds nothing, words are dropped the way mature engines relax a query:
// question words first, then the least informative words (the most frequent in the index), one
// word or one two-syllable word at a time, never below two thirds of the words. The dropped words
// stay as optional words (they add score, so articles holding more of them rank first) and the
// result names them, so the reader sees which words were not used. Words are the query's words of
// several syllables (words.ts), required as phrases and dropped whole; a query whose syllables
// all match only scattered, never with every word whole, is relaxed too (`relaxScattered`).
import { questionWordPositions } from '@/search/vietnamese/question-words'
import type { AnalyzedQuery, QueryTerm } from '@/search/vietnamese/types'

import type { CoreResult, SearchBackend } from './flow'
import type { NormalizedQuery } from './params'
import { findWords, spanText, type WordSpan } from './words'

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
  const words = (aq.words ?? []).flatMap((w) => {
    for (let i = w.from; i < w.to; i++) if (drop.has(i)) return []
    const from = newIndex[w.from] ?? -1
    return from >= 0 ? [{ from, to: from + (w.to - w.from) }] : []
  })
  return { ...aq, terms, expansions, optional, ...(aq.words ? { words } : {}) }
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

/** Content positions of a sentence-like query (question words apart), or null. */
function sentenceContent(aq: AnalyzedQuery, questions: readonly number[]): number[] | null {
  const content = aq.terms.map((_, i) => i).filter((i) => !questions.includes(i))
  if (content.length < 2 || (questions.length === 0 && content.length < SENTENCE_TERMS)) {
    return null
  }
  return content
}

/** The query's words of several syllables, from the index's statistics (none without them). */
async function wordsOf(
  backend: SearchBackend,
  aq: AnalyzedQuery,
  skip: ReadonlySet<number>,
): Promise<WordSpan[]> {
  const frequencies = backend.documentFrequencies?.bind(backend)
  return frequencies ? findWords(aq, skip, frequencies) : []
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
  const content = sentenceContent(aq, questions)
  if (!content) return null
  const words = await wordsOf(backend, aq, new Set(questions))
  return relaxByWords(backend, { ...aq, words }, p, questions, content, true)
}

/**
 * A sentence-like query that matched only with its words scattered: every syllable is in some
 * articles, but no article holds every word of several syllables whole ("thủ tục kết nạp đảng
 * viên là sinh viên" in 1,553 texts holding "Thủ tướng", "tiếp tục", "sinh hoạt" …). Such
 * matches are not all-word matches, so the query is relaxed by words as if it had found nothing;
 * null (keep the syllable matches) when some article holds every word, when the query has no
 * word of several syllables, or when no allowed relaxation finds anything. A question typed
 * without diacritics keeps its question words (as the first search did) and is left alone.
 */
export async function relaxScattered(
  backend: SearchBackend,
  aq: AnalyzedQuery,
  p: NormalizedQuery,
): Promise<Relaxed | null> {
  const questions = questionWordPositions(aq.terms)
  if (questions.length > 0 && !aq.terms.some((t) => t.hasDiacritics)) return null
  const content = sentenceContent(aq, questions)
  if (!content) return null
  const words = await wordsOf(backend, aq, new Set(questions))
  if (words.length === 0) return null
  const whole = { ...aq, words }
  const all = await backend.run(withoutTerms(whole, new Set(questions)), p)
  if (all.total > 0) return null
  return relaxByWords(backend, whole, p, questions, content, false)
}

async function relaxByWords(
  backend: SearchBackend,
  aq: AnalyzedQuery,
  p: NormalizedQuery,
  questions: readonly number[],
  content: readonly number[],
  probeBase: boolean,
): Promise<Relaxed | null> {
  let probes = 0
  const attempt = async (
    drop: ReadonlySet<number>,
    query: AnalyzedQuery = aq,
  ): Promise<Relaxed | null> => {
    probes++
    const core = await backend.run(withoutTerms(query, drop), p)
    return core.total > 0 ? { core, unused: unusedWords(aq, drop) } : null
  }
  const base = new Set(questions)
  // Without its question words, syllable by syllable as the first search runs a question typed
  // with diacritics: one typed without them keeps its question words until nothing matches.
  if (probeBase && base.size > 0) {
    const found = await attempt(base, { ...aq, words: [] })
    if (found) return found
  }

  // Units: each word of several syllables whole, every other content word alone.
  const units: number[][] = []
  for (const i of content) {
    const w = aq.words?.find((s) => i >= s.from && i < s.to)
    if (w && i > w.from) continue
    units.push(w ? range(w.from, w.to) : [i])
  }
  const text = (u: readonly number[]): string => spanText(aq, u[0] ?? 0, (u[u.length - 1] ?? 0) + 1)
  // Least informative first: the most frequent words (without statistics, the last words).
  const df = backend.documentFrequencies ? await backend.documentFrequencies(units.map(text)) : null
  const weight = (u: readonly number[]): number => df?.get(text(u)) ?? u[0] ?? 0
  // Two thirds of the syllables stay required.
  const minKeep = Math.max(2, Math.ceil((content.length * 2) / 3))
  const byWeight = (a: number[], b: number[]): number => weight(b) - weight(a)
  const singles = [...units].sort(byWeight)
  // Two adjacent one-syllable words at a time (a word the index does not hold together).
  const pairs = units
    .filter((u) => u.length === 1 && units.some((v) => v.length === 1 && v[0] === (u[0] ?? 0) + 1))
    .map((u) => [u[0] ?? 0, (u[0] ?? 0) + 1])
    .sort(
      (a, b) =>
        (weight([b[0] ?? 0]) + weight([b[1] ?? 0])) / 2 -
        (weight([a[0] ?? 0]) + weight([a[1] ?? 0])) / 2,
    )
  for (const unit of [...singles, ...pairs]) {
    if (content.length - unit.length < minKeep || probes >= MAX_PROBES) continue
    const found = await attempt(new Set([...base, ...unit]))
    if (found) return found
  }
  // Then several words, least informative first.
  const drop = new Set(base)
  let dropped = 0
  let count = 0
  for (const unit of singles) {
    if (content.length - dropped - unit.length < minKeep) continue
    for (const i of unit) drop.add(i)
    dropped += unit.length
    if (++count < 2 || probes >= MAX_PROBES) continue
    const found = await attempt(drop)
    if (found) return found
  }
  return null
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k)
}

/** What the results page and `cms search` tell the reader about a relaxed query (Vietnamese). */
export function relaxedNotice(query: string, unused: readonly string[]): string {
  const words = unused.map((w) => `«${w}»`).join(', ')
  return `Không tìm thấy đủ các từ: «${query}»; kết quả dưới đây không dùng: ${words}.`
}
