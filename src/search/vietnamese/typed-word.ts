import type { Tone } from './chars'
import { withTone } from './chars'
import { parseSyllable } from './syllable'
import { canonicalToneIndex } from './tone'

// Decoders for one lower-case ASCII word typed in telex or VNI without an input method. They build
// the letters, then put the tone where normalize.ts would, so the output is already canonical.

const VOWEL = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'])
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' }
const HORN: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' }
const TELEX_TONES: Record<string, Tone> = { s: 1, f: 2, r: 3, x: 4, j: 5 }

/** Index range [start, end) of the last run of vowels in `letters`, or null. */
function lastVowelGroup(letters: string[]): [number, number] | null {
  let end = letters.length
  while (end > 0 && !VOWEL.has(letters[end - 1] ?? '')) end--
  if (end === 0) return null
  let start = end - 1
  while (start > 0 && VOWEL.has(letters[start - 1] ?? '')) start--
  return [start, end]
}

/** Replaces the last vowel in the last group that `table` can modify (optionally only `only`). */
function modifyLast(letters: string[], table: Record<string, string>, only?: string): boolean {
  const group = lastVowelGroup(letters)
  if (!group) return false
  for (let i = group[1] - 1; i >= group[0]; i--) {
    const letter = letters[i] ?? ''
    const next = table[letter]
    if (next !== undefined && (only === undefined || letter === only)) {
      letters[i] = next
      return true
    }
  }
  return false
}

/** w / VNI 7: `uo` becomes `ươ` together, otherwise the last a/o/u gets its breve or horn. */
function applyHorn(letters: string[], table: Record<string, string>): boolean {
  const group = lastVowelGroup(letters)
  if (group) {
    for (let i = group[0]; i < group[1] - 1; i++) {
      if (letters[i] === 'u' && letters[i + 1] === 'o') {
        letters[i] = 'ư'
        letters[i + 1] = 'ơ'
        return true
      }
    }
  }
  return modifyLast(letters, table)
}

function finish(letters: string[], tone: Tone): string | null {
  const base = letters.join('')
  if (tone === 0) return base
  const parsed = parseSyllable(base)
  if (!parsed) return null
  const at = canonicalToneIndex(base, parsed)
  return base.slice(0, at) + withTone(base[at] ?? '', tone, false) + base.slice(at + 1)
}

const hasVowel = (letters: string[]): boolean => letters.some((l) => VOWEL.has(l))

/** `nghij` → `nghị`, `dduwowngf` → `đường`; null when a key has nothing to modify. */
export function decodeTelexWord(word: string): string | null {
  const letters: string[] = []
  let tone: Tone = 0
  for (const ch of word) {
    const toneKey = TELEX_TONES[ch]
    if (toneKey !== undefined && hasVowel(letters)) {
      // A syllable gets one tone key; two (`posts`) means an English word, not telex.
      if (tone !== 0) return null
      tone = toneKey
    } else if (ch === 'z' && hasVowel(letters)) {
      tone = 0
    } else if (ch === 'd' && letters.length === 1 && letters[0] === 'd') {
      letters[0] = 'đ'
    } else if (CIRCUMFLEX[ch] !== undefined && modifyLast(letters, CIRCUMFLEX, ch)) {
      // aa, ee, oo: the second key marks the earlier vowel of the same syllable.
    } else if (ch === 'w') {
      if (!hasVowel(letters)) letters.push('ư')
      else if (!applyHorn(letters, HORN)) return null
    } else {
      letters.push(ch)
    }
  }
  return finish(letters, tone)
}

/** `vie65t` → `việt`, `d9a3ng` → `đảng`; null when a digit has nothing to modify. */
export function decodeVniWord(word: string): string | null {
  const letters: string[] = []
  let tone: Tone = 0
  for (const ch of word) {
    if (ch < '0' || ch > '9') {
      letters.push(ch)
      continue
    }
    const digit = ch.charCodeAt(0) - 48
    if (digit >= 1 && digit <= 5) {
      if (!hasVowel(letters)) return null
      tone = digit as Tone
    } else if (digit === 6) {
      if (!modifyLast(letters, CIRCUMFLEX)) return null
    } else if (digit === 7) {
      if (!applyHorn(letters, { o: 'ơ', u: 'ư' })) return null
    } else if (digit === 8) {
      if (!modifyLast(letters, { a: 'ă' })) return null
    } else if (digit === 9) {
      const at = letters.indexOf('d')
      if (at < 0) return null
      letters[at] = 'đ'
    } else {
      return null
    }
  }
  return finish(letters, tone)
}
