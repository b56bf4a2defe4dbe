// The index side of the analyzer: every article's whole text passes through it at each rebuild,
// so it takes a shorter road than tokenize(normalizeText(text)) to the same streams. Why the
// result is the same: normalizeText is normalizeExceptTones followed by canonicalizeTones, which
// rewrites each run of letters in place (same length, letters into letters). Word tokens are
// runs of letters, digits and marks, so they start and end at the same offsets before and after
// it, and each letter run lies inside one token; a document number is made of digits,
// separators and the letters A–Z and Đ, which carry no tone and are left as they are. So the
// tokens of the normalised text are the tokens of the text before tone placement, each with its
// letter runs canonicalised: done here per distinct token (cached) instead of over the whole
// text, and without building Token objects. test/unit/search/vietnamese/index-text.test.ts
// compares both roads on generated articles and on random text.
import { wordCharLength } from './charclass'
import { docNumberKey, matchDocNumber } from './docnum'
import { canonicalizeTones, normalizeExceptTones } from './normalize'
import { isDigit, wordForms } from './tokenize'
import type { IndexedText } from './types'

type Forms = ReturnType<typeof wordForms>

// A rebuild meets the same few tens of thousands of spellings over and over.
const CACHE_LIMIT = 100_000
const cache = new Map<string, Forms>()

/** wordForms of a token taken from text before tone placement. */
function formsBeforeTones(raw: string): Forms {
  const hit = cache.get(raw)
  if (hit) return hit
  const forms = wordForms(canonicalizeTones(raw))
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(raw, forms)
  return forms
}

/**
 * Token streams for a full-text column: `exact` keeps diacritics, `folded` has none; both are
 * lower case and aligned token for token. A document number contributes its docNumberKey (see
 * docnum.ts) followed by its parts, so `12-NQ/ĐUK` stores `12nqduk 12 nq đuk`.
 */
export function analyzeForIndex(input: string): IndexedText {
  const text = normalizeExceptTones(input)
  const exact: string[] = []
  const folded: string[] = []
  // The same walk as tokenize().
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
        const key = docNumberKey(text.slice(start, docEnd).toLowerCase())
        exact.push(key)
        folded.push(key)
      }
    }
    const forms = formsBeforeTones(text.slice(start, i))
    exact.push(forms.exact)
    folded.push(forms.folded)
  }
  return { exact: exact.join(' '), folded: folded.join(' ') }
}
