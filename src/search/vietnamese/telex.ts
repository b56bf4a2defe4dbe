import { ABBREVIATIONS } from './data/abbreviations'
import { docNumberKey } from './docnum'
import { prepareQueryText } from './query-text'
import { isFoldedVietnameseSyllable, isVietnameseSyllable } from './syllable'
import { tokenize } from './tokenize'
import { decodeTelexWord, decodeVniWord } from './typed-word'

const PLAIN_WORD = /^[a-z0-9]+$/
const DIGITS = /^[0-9]+$/
const HAS_DIGIT = /[0-9]/

// `tw` would decode to `tư`, `ubnd` stays ubnd anyway; known abbreviations are never decoded.
const ABBREVIATION_KEYS = new Set(
  ABBREVIATIONS.flat()
    .filter((member) => !member.includes(' '))
    .map(docNumberKey),
)

interface Decoding {
  text: string
  telex: number
  vni: number
  invalid: number
}

function decodeTokens(q: string): Decoding {
  const text = prepareQueryText(q)
  const result: Decoding = { text: '', telex: 0, vni: 0, invalid: 0 }
  let cursor = 0
  let docEnd = -1
  for (const token of tokenize(text)) {
    if (token.kind === 'docnum') docEnd = token.end
    const word = token.exact
    // Words with marks were typed with an input method; plain valid syllables (`ban to chuc`,
    // `hoa`, `xoong`) are accent-free Vietnamese, not telex.
    if (token.kind !== 'word' || token.start < docEnd || !PLAIN_WORD.test(word)) continue
    if (DIGITS.test(word) || isFoldedVietnameseSyllable(word) || ABBREVIATION_KEYS.has(word)) {
      continue
    }
    const vni = HAS_DIGIT.test(word)
    const decoded = vni ? decodeVniWord(word) : decodeTelexWord(word)
    if (decoded === null || decoded === word) continue
    if (!isVietnameseSyllable(decoded)) {
      result.invalid++
      continue
    }
    if (vni) result.vni++
    else result.telex++
    result.text += text.slice(cursor, token.start) + decoded
    cursor = token.end
  }
  result.text += text.slice(cursor)
  return result
}

/**
 * Decodes a query typed in telex (`chuyeenr ddooir soos` → `chuyển đổi số`) or VNI (`vie65t` →
 * `việt`) on a keyboard without a Vietnamese input method. Returns null unless at least one word
 * changes and every changed word is a valid syllable; accent-free Vietnamese stays as it is.
 * analyzeQuery never calls this: the engine tries it only when the query as typed finds nothing.
 */
export function decodeTypedVietnamese(
  typed: string,
): { text: string; scheme: 'telex' | 'vni' } | null {
  const decoding = decodeTokens(typed)
  if (decoding.invalid > 0 || decoding.telex + decoding.vni === 0) return null
  return { text: decoding.text, scheme: decoding.vni > decoding.telex ? 'vni' : 'telex' }
}

/** Cheap hint for the UI: some word of `q` reads as telex/VNI-typed Vietnamese. */
export function looksLikeTypedVietnamese(text: string): boolean {
  const decoding = decodeTokens(text)
  return decoding.telex + decoding.vni > 0
}
