import { VOWELS } from './chars'
import { foldVietnamese } from './fold'

/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours). With `max`, gives up as soon as the distance must exceed it and returns max + 1,
 * which keeps "did you mean" over a large vocabulary cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  const limit = Math.max(0, max)
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1)
      }
      row.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    prevPrev = prev
    prev = row
  }
  const result = prev[b.length] ?? 0
  return result > limit ? limit + 1 : result
}

/** Typos allowed on the folded form: none for very short words, where everything is close. */
function allowedDistance(length: number): number {
  if (length <= 2) return 0
  return length <= 5 ? 1 : 2
}

interface Candidate {
  word: string
  folded: number
  marks: number
  toneMismatch: number
}

/** The tones of a word in order, e.g. 'chuyển đổi' → '33'. */
function tones(word: string): string {
  let out = ''
  for (const ch of word) {
    const tone = VOWELS.get(ch)?.tone
    if (tone) out += tone
  }
  return out
}

/**
 * Vocabulary words closest to `term`: first by edit distance on folded forms (so `nghi` finds
 * `nghị` and `quyte` finds `quyết`), then by distance between the decomposed accented forms (each
 * mark counts as one edit), then preferring the tone the reader typed, then alphabetically. The
 * term itself is never suggested.
 */
export function suggestTerms(term: string, vocabulary: Iterable<string>, max = 5): string[] {
  const exact = term.normalize('NFC').trim().toLowerCase()
  const folded = foldVietnamese(exact)
  const decomposed = exact.normalize('NFD')
  const termTones = tones(exact)
  const allowed = allowedDistance(folded.length)
  const seen = new Set<string>()
  const found: Candidate[] = []
  for (const word of vocabulary) {
    if (typeof word !== 'string') continue
    const lower = word.normalize('NFC').toLowerCase()
    if (lower === exact || seen.has(lower)) continue
    seen.add(lower)
    const distance = editDistance(folded, foldVietnamese(lower), allowed)
    if (distance > allowed) continue
    found.push({
      word,
      folded: distance,
      marks: editDistance(decomposed, lower.normalize('NFD')),
      toneMismatch: tones(lower) === termTones ? 0 : 1,
    })
  }
  found.sort(
    (x, y) =>
      x.folded - y.folded ||
      x.marks - y.marks ||
      x.toneMismatch - y.toneMismatch ||
      x.word.localeCompare(y.word),
  )
  return found.slice(0, Math.max(0, max)).map((c) => c.word)
}
