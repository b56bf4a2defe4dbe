import { FOLD } from './chars'

const MARKS = /\p{M}/gu

// Tokens repeat heavily in news text, so memoising per word makes indexing several times faster.
const CACHE_LIMIT = 50_000
const cache = new Map<string, string>()

const ASCII_ONLY = /^[\u0000-\u007f]*$/
const otherChars = new Map<string, string>()

function foldChar(ch: string): string {
  const known = FOLD.get(ch) ?? otherChars.get(ch)
  if (known !== undefined) return known
  // Latin letters from other languages (é, ñ, ç) fold via their decomposition and stray combining
  // marks vanish; other scripts (Hangul decomposes too) are kept as they are.
  const stripped = ch.normalize('NFD').replace(MARKS, '')
  const folded = ASCII_ONLY.test(stripped) ? stripped : ch
  if (otherChars.size < 10_000) otherChars.set(ch, folded)
  return folded
}

function foldUncached(input: string): string {
  const lower = input.toLowerCase()
  // A scan that copies ASCII runs whole: several times cheaper than a replace() callback per
  // accented letter, which whole bodies (snippets) have by the hundred.
  let out = ''
  let from = 0
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) < 0x80) continue
    const ch = lower.charAt(i)
    const folded = foldChar(ch)
    if (folded === ch) continue
    out += lower.slice(from, i) + folded
    from = i + 1
  }
  return from === 0 ? lower : out + lower.slice(from)
}

/**
 * Lower-cases and removes every tone and vowel mark (ă â ê ô ơ ư → a a e o o u) and folds đ → d.
 * SQLite's remove_diacritics leaves đ alone, so this table-driven fold is the single source.
 */
export function foldVietnamese(input: string): string {
  if (input.length > 32) return foldUncached(input)
  const hit = cache.get(input)
  if (hit !== undefined) return hit
  const folded = foldUncached(input)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(input, folded)
  return folded
}

/** True when `s` contains any Vietnamese tone mark, vowel mark or đ. */
export function hasVietnameseDiacritics(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f && FOLD.has(text[i] ?? '')) return true
  }
  return false
}
