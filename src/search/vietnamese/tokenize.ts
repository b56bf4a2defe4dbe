import { wordCharLength } from './charclass'
import { matchDocNumber } from './docnum'
import { foldVietnamese } from './fold'
import { canonicalizeTone } from './tone'
import type { Token } from './types'

type WordForms = Pick<Token, 'exact' | 'folded' | 'kind'>

// News text reuses a small vocabulary, so each distinct spelling is analysed once.
const CACHE_LIMIT = 100_000
const cache = new Map<string, WordForms>()

/** A word's forms as tokenize gives them, from the word as it stands in normalised text. */
export function wordForms(raw: string): WordForms {
  const hit = cache.get(raw)
  if (hit) return hit
  const exact = canonicalizeTone(raw.toLowerCase())
  const kind = isDigits(raw) ? 'number' : 'word'
  const forms: WordForms = { exact, folded: foldVietnamese(exact), kind }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(raw, forms)
  return forms
}

/**
 * Splits normalised text into words (runs of letters of any script, digits and combining marks),
 * numbers and document numbers. A document number yields one 'docnum' token for the whole code
 * followed by its parts, so `12-NQ/ĐUK` is findable whole and as `12`, `nq`, `đuk`. Punctuation
 * and emoji produce nothing. Offsets index into `text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let docEnd = -1
  let i = 0
  while (i < text.length) {
    let step = wordCharLength(text, i)
    if (step === 0) {
      i++
      continue
    }
    const start = i
    while (step > 0) {
      i += step
      step = i < text.length ? wordCharLength(text, i) : 0
    }
    if (start >= docEnd && isDigit(text.charCodeAt(start))) {
      const length = matchDocNumber(text, start)
      if (length > 0) {
        docEnd = start + length
        const exact = text.slice(start, docEnd).toLowerCase()
        tokens.push({ exact, folded: foldVietnamese(exact), start, end: docEnd, kind: 'docnum' })
      }
    }
    const { exact, folded, kind } = wordForms(text.slice(start, i))
    tokens.push({ exact, folded, start, end: i, kind })
  }
  return tokens
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false
  return s.length > 0
}
