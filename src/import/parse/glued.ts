// Old CMS editors lost the space between two words when a line was re-wrapped ("công trìnhvà").
// A token is split only when the result is certain: the token is not a syllable, it carries a
// Vietnamese diacritic (so English words are never touched), and exactly one split point gives
// two valid syllables with a lower-case letter before the boundary and a consonant after it.
import { isOrthographicSyllable } from './syllable'

const VIET_MARK = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
const CONSONANT_START = /^[bcdđghklmnpqrstvx]/

export function splitGluedToken(token: string): string {
  if (token.length < 4 || !VIET_MARK.test(token) || isOrthographicSyllable(token)) return token
  // Mixed case inside the token means an acronym or a name, not a lost space.
  if (token.slice(1) !== token.slice(1).toLowerCase()) return token
  const splits: string[] = []
  const chars = Array.from(token)
  for (let i = 1; i < chars.length; i++) {
    const left = chars.slice(0, i).join('')
    const right = chars.slice(i).join('')
    if (!CONSONANT_START.test(right)) continue
    if (isOrthographicSyllable(left) && isOrthographicSyllable(right))
      splits.push(`${left} ${right}`)
  }
  return splits.length === 1 && splits[0] ? splits[0] : token
}

/** Applies splitGluedToken to free-standing words (not parts of numbers, codes or URLs). */
export function splitGluedWords(line: string): string {
  return line.replace(
    /(?<![\p{L}\p{N}/@._-])\p{L}+(?![\p{L}\p{N}/@_-])/gu,
    (word, offset: number) => {
      const after = line.charAt(offset + word.length)
      if (after === '.' && /\p{L}/u.test(line.charAt(offset + word.length + 1))) return word
      return splitGluedToken(word)
    },
  )
}
