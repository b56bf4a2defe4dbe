import { MARKED_VOWELS, VOWELS, withTone } from './chars'
import { type ParsedSyllable, parseSyllable, splitTone } from './syllable'

/**
 * Where the tone belongs in a toneless syllable. A vowel with a vowel mark always takes it (the
 * last one, so ươ → ơ). Otherwise a closed syllable puts it on the last vowel (hoàng, huỳnh) and an
 * open one on the first of two vowels (hòa, khỏe, thủy, mùa) or the middle of three (hoài, khuỷu).
 * This is the placement most Vietnamese publishing uses (the portal corpus writes ủy, hòa, hóa).
 */
export function canonicalToneIndex(base: string, parsed: ParsedSyllable): number {
  const { nucleusStart: start, nucleusEnd: end } = parsed
  for (let i = end - 1; i >= start; i--) {
    if (MARKED_VOWELS.has(base[i] ?? '')) return i
  }
  if (parsed.final !== '') return end - 1
  return end - start === 3 ? start + 1 : start
}

/**
 * Moves the tone of one word to its canonical vowel, keeping each letter's case and the word's
 * length. Anything that is not a single-tone Vietnamese syllable is returned unchanged.
 */
export function canonicalizeTone(word: string): string {
  if (word.length < 2 || word.length > 7) return word
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  const result = placeTone(word)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, result)
  return result
}

// Indexing sees the same few thousand syllables over and over; parsing each once pays off.
const CACHE_LIMIT = 50_000
const cache = new Map<string, string>()

function placeTone(word: string): string {
  const split = splitTone(word.toLowerCase())
  if (!split || split.tone === 0) return word
  const parsed = parseSyllable(split.base)
  if (!parsed) return word
  const target = canonicalToneIndex(split.base, parsed)
  if (target === split.toneAt) return word
  const from = word[split.toneAt] ?? ''
  const to = word[target] ?? ''
  const fromInfo = VOWELS.get(from)
  const toInfo = VOWELS.get(to)
  if (!fromInfo || !toInfo) return word
  const chars = word.split('')
  chars[split.toneAt] = withTone(fromInfo.base, 0, fromInfo.upper)
  chars[target] = withTone(toInfo.base, split.tone, toInfo.upper)
  return chars.join('')
}
