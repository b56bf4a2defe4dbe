import { type Tone, VOWELS } from './chars'
import { QU_ONLY_RHYMES, RHYMES } from './data/rhymes'
import { foldVietnamese } from './fold'

// Longest first so `ngh` wins over `ng` and `gh`/`gi`/`qu` over `g`/`q`.
// prettier-ignore
const INITIALS = [
  'ngh', 'gh', 'gi', 'qu', 'ch', 'kh', 'ng', 'nh', 'ph', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
]
const VOWEL_BASES = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'])
const FRONT = new Set(['i', 'e', 'ê', 'y'])
const STOP_FINALS = new Set(['c', 'ch', 'p', 't'])

const foldSet = (set: ReadonlySet<string>): Set<string> => new Set([...set].map(foldVietnamese))
const FOLDED_RHYMES = foldSet(RHYMES)
const FOLDED_QU_ONLY = foldSet(QU_ONLY_RHYMES)

export interface ParsedSyllable {
  initial: string
  /** Index of the first and one past the last vowel of the nucleus (incl. glides like oa, ươi). */
  nucleusStart: number
  nucleusEnd: number
  final: string
}

/** c/k, g/gh, ng/ngh and q(u) spelling rules on the first letter of the rhyme. */
function spellingAllows(initial: string, rhyme: string): boolean {
  const first = rhyme[0] ?? ''
  switch (initial) {
    case 'k':
      return FRONT.has(first)
    case 'c':
      return !FRONT.has(first)
    case 'gh':
    case 'ngh':
      return first === 'i' || first === 'e' || first === 'ê'
    case 'g':
    case 'ng':
      return !(first === 'i' || first === 'e' || first === 'ê')
    case 'qu':
      return first !== 'u' && first !== 'ư' && first !== 'o'
    default:
      return true
  }
}

function build(base: string, initial: string, rhymeStart: number): ParsedSyllable {
  let end = rhymeStart
  while (end < base.length && VOWEL_BASES.has(base[end] ?? '')) end++
  return { initial, nucleusStart: rhymeStart, nucleusEnd: end, final: base.slice(end) }
}

function parseWith(base: string, folded: boolean): ParsedSyllable | null {
  const rhymes = folded ? FOLDED_RHYMES : RHYMES
  const quOnly = folded ? FOLDED_QU_ONLY : QU_ONLY_RHYMES
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue
    const rest = base.slice(initial.length)
    const isRhyme = (r: string): boolean =>
      (rhymes.has(r) || (initial === 'qu' && quOnly.has(r))) && spellingAllows(initial, r)
    if (initial === 'gi') {
      // `gia`, `giữa`: gi is the initial; `gì`, `gìn`: the i is the vowel itself.
      if (rest[0] !== 'i' && VOWEL_BASES.has(rest[0] ?? '') && isRhyme(rest)) {
        return build(base, initial, 2)
      }
      if (rhymes.has('i' + rest)) return build(base, 'g', 1)
      continue
    }
    if (isRhyme(rest)) return build(base, initial, initial.length)
  }
  return null
}

/** Parses a lower-case syllable written without tone (vowel marks kept), e.g. 'nghiêng'. */
export function parseSyllable(base: string): ParsedSyllable | null {
  return base.length === 0 || base.length > 7 ? null : parseWith(base, false)
}

/** Splits a lower-case word into its toneless form and its single tone; null if not letters. */
export function splitTone(lower: string): { base: string; tone: Tone; toneAt: number } | null {
  let base = ''
  let tone: Tone = 0
  let toneAt = -1
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] ?? ''
    const info = VOWELS.get(ch)
    if (info) {
      if (info.tone !== 0) {
        if (tone !== 0) return null
        tone = info.tone
        toneAt = i
      }
      base += info.base
    } else if ((ch >= 'a' && ch <= 'z') || ch === 'đ') {
      base += ch
    } else {
      return null
    }
  }
  return { base, tone, toneAt }
}

/**
 * True for a well-formed Vietnamese syllable with diacritics: real initial, real rhyme, and a tone
 * the final allows (stop finals c/ch/p/t take only sắc or nặng, so `chuc` is not a syllable).
 */
export function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word.normalize('NFC').toLowerCase())
  if (!split) return false
  const parsed = parseSyllable(split.base)
  if (!parsed) return false
  return !STOP_FINALS.has(parsed.final) || split.tone === 1 || split.tone === 5
}

/** True when `s`, ignoring all marks, is the folded spelling of some syllable (`ban`, `chuc`). */
export function isFoldedVietnameseSyllable(word: string): boolean {
  const folded = foldVietnamese(word)
  if (folded.length === 0 || folded.length > 7 || !/^[a-z]+$/.test(folded)) return false
  return parseWith(folded, true) !== null
}
