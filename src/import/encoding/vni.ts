// VNI-Windows writes a base letter followed by a mark byte (read through cp1252: `Vieät` = Việt).
// ơ, ư, đ and the toned i/ỵ forms have single bytes of their own. Upper-case text uses the
// upper-case form of the same mark bytes.
import { compose, decompose, type Modifier, type ToneMark } from './marks'

interface Mark {
  modifier?: Modifier
  tone?: ToneMark
}

const MARKS: ReadonlyMap<string, Mark> = new Map<string, Mark>([
  ['ù', { tone: 'acute' }],
  ['ø', { tone: 'grave' }],
  ['û', { tone: 'hook' }],
  ['õ', { tone: 'tilde' }],
  ['ï', { tone: 'dot' }],
  ['â', { modifier: 'circumflex' }],
  ['á', { modifier: 'circumflex', tone: 'acute' }],
  ['à', { modifier: 'circumflex', tone: 'grave' }],
  ['å', { modifier: 'circumflex', tone: 'hook' }],
  ['ã', { modifier: 'circumflex', tone: 'tilde' }],
  ['ä', { modifier: 'circumflex', tone: 'dot' }],
  ['ê', { modifier: 'breve' }],
  ['é', { modifier: 'breve', tone: 'acute' }],
  ['è', { modifier: 'breve', tone: 'grave' }],
  ['ú', { modifier: 'breve', tone: 'hook' }],
  ['ü', { modifier: 'breve', tone: 'tilde' }],
  ['ë', { modifier: 'breve', tone: 'dot' }],
])

/** Single bytes that stand for a whole letter. */
const SINGLES: ReadonlyMap<string, string> = new Map<string, string>([
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['ì', 'ì'],
  ['í', 'í'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
])

const SINGLE_I: Partial<Record<ToneMark, string>> = {
  grave: 'ì',
  acute: 'í',
  hook: 'æ',
  tilde: 'ó',
  dot: 'ò',
}
const TONE_BYTE: Record<ToneMark, string> = {
  acute: 'ù',
  grave: 'ø',
  hook: 'û',
  tilde: 'õ',
  dot: 'ï',
}

function markFor(modifier: Modifier | undefined, tone: ToneMark | undefined): string {
  for (const [byte, mark] of MARKS) {
    if (mark.modifier === modifier && mark.tone === tone) return byte
  }
  return ''
}

function withCase(s: string, upper: boolean): string {
  return upper ? s.toUpperCase() : s
}

export function encodeVni(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase()
    const upper = ch !== lower
    const { base, modifier, tone } = decompose(lower)
    if (lower === 'đ') out += withCase('ñ', upper)
    else if (!/[aeiouy]/.test(base) || (!modifier && !tone)) out += ch
    else if (base === 'i') out += withCase(tone ? (SINGLE_I[tone] ?? 'i') : 'i', upper)
    else if (base === 'y' && tone === 'dot') out += withCase('î', upper)
    else if (modifier === 'horn') {
      const horn = base === 'o' ? 'ô' : 'ö'
      out += withCase(horn + (tone ? TONE_BYTE[tone] : ''), upper)
    } else out += withCase(base + markFor(modifier, tone), upper)
  }
  return out
}

export function decodeVni(text: string): string {
  const chars = Array.from(text)
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? ''
    const lower = ch.toLowerCase()
    const upper = ch !== lower
    const next = (chars[i + 1] ?? '').toLowerCase()
    const mark = MARKS.get(next)
    const hornBase = lower === 'ô' ? 'o' : lower === 'ö' ? 'u' : ''
    if (hornBase && mark && !mark.modifier) {
      out += withCase(compose(hornBase, 'horn', mark.tone), upper)
      i++
    } else if (/[aeouy]/.test(lower) && mark && canTake(lower, mark)) {
      out += withCase(compose(lower, mark.modifier, mark.tone), upper)
      i++
    } else {
      const single = SINGLES.get(lower)
      out += single ? withCase(single, upper) : ch
    }
  }
  return out
}

function canTake(base: string, mark: Mark): boolean {
  if (mark.modifier === 'breve') return base === 'a'
  if (mark.modifier === 'circumflex') return base === 'a' || base === 'e' || base === 'o'
  return true
}
