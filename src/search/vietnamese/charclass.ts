// Hot loops over megabytes of text classify characters through this table instead of running a
// Unicode regex per character: each BMP code unit is tested once, then cached.

const UNKNOWN = 0
const WORD = 1
const OTHER = 2
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u

const wordTable = new Uint8Array(0x10000)
const letterTable = new Uint8Array(0x10000)

function lookup(table: Uint8Array, re: RegExp, code: number): boolean {
  let state = table[code] ?? UNKNOWN
  if (state === UNKNOWN) {
    // Lone surrogates are classified by the caller via codePointAt, never cached here as letters.
    state = re.test(String.fromCharCode(code)) ? WORD : OTHER
    table[code] = state
  }
  return state === WORD
}

/** Letter, digit or combining mark of any script (what a word token is made of). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }
  return lookup(wordTable, WORD_CHAR, code)
}

/** Letter or combining mark of any script. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return lookup(letterTable, LETTER_OR_MARK, code)
}

/**
 * Word-character test at `index` that also handles astral letters (surrogate pairs). Returns the
 * number of UTF-16 units the character takes when it is a word character, otherwise 0.
 */
export function wordCharLength(text: string, index: number, letterOnly = false): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index) ?? 0
    if (point <= 0xffff) return 0
    const re = letterOnly ? LETTER_OR_MARK : WORD_CHAR
    return re.test(String.fromCodePoint(point)) ? 2 : 0
  }
  return (letterOnly ? isLetterCode(code) : isWordCode(code)) ? 1 : 0
}
