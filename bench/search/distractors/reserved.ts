/**
 * What the distractor generator leaves to the fixtures (issue 13 §1, the lead's decision): a
 * realistic archive does not (a) reuse an official document's number (numbers like "123-NQ/TU"
 * are unique per issuer and year), (b) repeat a fixture's sentence word for word in hundreds of
 * texts, or (c) give other articles a fixture's own subject as their title. All three are derived
 * from the fixtures and the relevance queries themselves, never from a hand-kept list of the
 * test's words:
 * - numbers: every fixture's `docNumber`;
 * - sentences: every run of `SENTENCE_RUN` folded syllables within one sentence of a fixture's
 *   title, lead, body or captions;
 * - subjects: for each relevance query, the runs of at least two folded syllables it shares with
 *   its expected fixture's title (abbreviations typed in capitals read as their full form).
 * What makes the set hard stays: a run inside one entry of the generator's common vocabulary
 * (committees and bodies, units, positions, events, periods, provinces, places, document kinds,
 * for sentences also the topics and stock phrases) is never reserved, so "Ban Tổ chức Tỉnh ủy",
 * "UBND tỉnh", "hội nghị sơ kết" or "quý I" still fill generated titles; people's names are kept
 * out separately (people.ts).
 */
import type { SearchDocument } from '@/search/types'
import { ABBREVIATIONS } from '@/search/vietnamese/data/abbreviations'
import { foldVietnamese } from '@/search/vietnamese/fold'

import {
  ANSWER_OPENINGS,
  AWARDS,
  BODIES,
  CAPTION_SCENES,
  DOCUMENT_KINDS,
  EVENTS,
  GOALS,
  LOCALITIES,
  PERIODS,
  POSITIONS,
  PROVINCES,
  QUESTIONS,
  RESULTS,
  SIGNING_LINES,
  STRESSES,
  TOPICS,
  UNITS,
  VERBS,
} from './vocabulary'

/** Syllables in a row that make a sentence the fixture's own wording (about five words). */
export const SENTENCE_RUN = 8

export interface ReservedAnswers {
  /** Fixture document numbers, compared folded ("12 nq duk"). */
  numbers: readonly string[]
  /** Folded syllable runs no generated title may hold. */
  titles: readonly string[]
  /** Folded runs of SENTENCE_RUN syllables no generated text may hold. */
  sentences: readonly string[]
}

export const NOTHING_RESERVED: ReservedAnswers = { numbers: [], titles: [], sentences: [] }

/** Folded syllables of a text: lower case, no accents, punctuation as spaces. */
export function syllables(text: string): string[] {
  return foldVietnamese(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean)
}

const ABBREVIATION_FULL = new Map<string, string[]>()
for (const group of ABBREVIATIONS) {
  const short = group.find((w) => /^[\p{Lu}-]{3,}$/u.test(w))
  const full = group.find((w) => w.includes(' '))
  if (short && full) ABBREVIATION_FULL.set(short, syllables(full))
}

/** Syllables with abbreviations typed in capitals (UBND, HĐND) spelled out. */
function spelledOut(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((w) => ABBREVIATION_FULL.get(w.replace(/[^\p{L}-]/gu, '')) ?? syllables(w))
}

/** Sentences (and clauses after a colon or semicolon) of a text. */
export const sentencesOf = (text: string): string[] => text.split(/[.;:!?]+(?:\s+|$)|\n+/u)

/** Common vocabulary: runs inside one entry are what every portal repeats. */
const COMMON = [
  ...BODIES,
  ...UNITS,
  ...POSITIONS,
  ...EVENTS,
  ...PERIODS,
  ...PROVINCES,
  ...LOCALITIES,
  ...DOCUMENT_KINDS.map((k) => k.name),
  ...VERBS,
  ...RESULTS,
  ...GOALS,
  ...STRESSES,
  ...AWARDS,
  ...SIGNING_LINES,
].map((e) => ` ${syllables(e).join(' ')} `)
/** For sentences the topics and stock phrases are common wording too. */
const COMMON_TEXT = [
  ...COMMON,
  ...[...TOPICS, ...CAPTION_SCENES, ...QUESTIONS, ...ANSWER_OPENINGS].map(
    (e) => ` ${syllables(e).join(' ')} `,
  ),
]
const inside = (run: string, entries: readonly string[]) =>
  entries.some((e) => e.includes(` ${run} `))

/** Maximal runs (≥ 2 syllables) of `a` also found contiguous in `b`, longest first, not nested. */
function sharedRuns(a: readonly string[], b: readonly string[]): string[] {
  const hay = ` ${b.join(' ')} `
  const runs: string[] = []
  let i = 0
  while (i < a.length) {
    let best = 0
    for (let len = a.length - i; len >= 2; len--) {
      if (hay.includes(` ${a.slice(i, i + len).join(' ')} `)) {
        best = len
        break
      }
    }
    if (best >= 2) {
      runs.push(a.slice(i, i + best).join(' '))
      i += best
    } else i++
  }
  return runs
}

export function reservedAnswers(
  fixtures: readonly SearchDocument[],
  queries: ReadonlyArray<{ q: string; expect: string }>,
): ReservedAnswers {
  const numbers = new Set<string>()
  const sentences = new Set<string>()
  for (const f of fixtures) {
    if (f.docNumber) numbers.add(syllables(f.docNumber).join(' '))
    for (const text of [f.title, f.sapo, f.body, ...f.captions]) {
      for (const sentence of sentencesOf(text)) {
        const s = syllables(sentence)
        for (let k = 0; k + SENTENCE_RUN <= s.length; k++) {
          const run = s.slice(k, k + SENTENCE_RUN).join(' ')
          if (!inside(run, COMMON_TEXT)) sentences.add(run)
        }
      }
    }
  }
  const byId = new Map(fixtures.map((f) => [f.id, f]))
  const titles = new Set<string>()
  for (const c of queries) {
    const fixture = byId.get(c.expect)
    if (!fixture) continue
    for (const run of sharedRuns(spelledOut(c.q), spelledOut(fixture.title))) {
      if (!inside(run, COMMON)) titles.add(run)
    }
  }
  return { numbers: [...numbers], titles: [...titles], sentences: [...sentences] }
}

/** A checker for generated articles: which reserved answer (if any) an article takes. */
export function reservedChecker(r: ReservedAnswers) {
  const numbers = new Set(r.numbers)
  const titles = r.titles.map((t) => ` ${t} `)
  // Sentence runs indexed by their first two syllables, so a text is scanned once.
  const byStart = new Map<string, string[]>()
  for (const s of r.sentences) {
    const key = s.split(' ', 2).join(' ')
    const list = byStart.get(key)
    if (list) list.push(s)
    else byStart.set(key, [s])
  }
  return (a: Pick<SearchDocument, 'title' | 'sapo' | 'body' | 'captions' | 'docNumber'>) => {
    if (a.docNumber && numbers.has(syllables(a.docNumber).join(' '))) return 'number'
    const title = ` ${syllables(a.title).join(' ')} `
    if (titles.some((t) => title.includes(t))) return 'title'
    if (byStart.size === 0) return null
    for (const sentence of [a.title, a.sapo, a.body, ...a.captions].flatMap(sentencesOf)) {
      const s = syllables(sentence)
      for (let k = 0; k + SENTENCE_RUN <= s.length; k++) {
        const list = byStart.get(`${s[k]} ${s[k + 1]}`)
        if (!list) continue
        const run = s.slice(k, k + SENTENCE_RUN).join(' ')
        if (list.includes(run)) return 'sentence'
      }
    }
    return null
  }
}
