import { wordCharLength } from './charclass'
import { canonicalizeTone } from './tone'

// C0/C1 controls except \t and \n, soft hyphen, zero-width and bidi/format characters that editors
// paste in from Word and web pages; they are invisible and would split or glue words silently.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const ASCII = /^[\u0000-\u007f]*$/

/**
 * Canonical form of any text entering the analyzer: NFC (macOS and old Word produce decomposed
 * letters), invisible characters removed, \r\n → \n, exotic spaces → ' ', and one tone placement
 * (hoà → hòa, uỷ → ủy, khoẻ → khỏe, gìa → già), so old- and new-style spellings index alike.
 * Everything else, including letter case and length of each word, is left untouched.
 */
export function normalizeText(input: string): string {
  return canonicalizeTones(normalizeExceptTones(input))
}

/** normalizeText's steps before the tone placement (see index-text.ts for why apart). */
export function normalizeExceptTones(input: string): string {
  const text = input.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '')
  if (ASCII.test(text)) return text
  return text.normalize('NFC').replace(SPACES, ' ')
}

/**
 * Applies canonicalizeTone to every whole word (run of letters and marks) that contains a
 * non-ASCII letter. It changes no word's length, and only letters into letters.
 */
export function canonicalizeTones(text: string): string {
  const parts: string[] = []
  let cursor = 0
  let i = 0
  while (i < text.length) {
    const first = wordCharLength(text, i, true)
    if (first === 0) {
      i++
      continue
    }
    const start = i
    let nonAscii = false
    let step = first
    while (step > 0) {
      if (text.charCodeAt(i) > 0x7f) nonAscii = true
      i += step
      step = i < text.length ? wordCharLength(text, i, true) : 0
    }
    if (!nonAscii || i - start < 2 || i - start > 7) continue
    const word = text.slice(start, i)
    const fixed = canonicalizeTone(word)
    if (fixed !== word) {
      parts.push(text.slice(cursor, start), fixed)
      cursor = i
    }
  }
  if (cursor === 0) return text
  parts.push(text.slice(cursor))
  return parts.join('')
}
