// VIQR spells diacritics with ASCII after the vowel: modifiers ^ ( + then tones ' ` ? ~ . and
// `dd`/`d-` for đ. `.` and `?` double as punctuation, so they only count as tones inside a word.
import { compose, decompose, type Modifier, type ToneMark } from './marks'

const TONES: Record<string, ToneMark> = {
  "'": 'acute',
  '`': 'grave',
  '?': 'hook',
  '~': 'tilde',
  '.': 'dot',
}
const MODS: Record<string, Modifier> = { '^': 'circumflex', '(': 'breve', '+': 'horn' }
const TONE_CHAR: Record<ToneMark, string> = {
  acute: "'",
  grave: '`',
  hook: '?',
  tilde: '~',
  dot: '.',
}
const MOD_CHAR: Record<Modifier, string> = { circumflex: '^', breve: '(', horn: '+' }

function modifierFits(base: string, mod: Modifier): boolean {
  if (mod === 'breve') return base === 'a'
  if (mod === 'circumflex') return base === 'a' || base === 'e' || base === 'o'
  return base === 'o' || base === 'u'
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c)

export function decodeViqr(text: string): string {
  const c = Array.from(text)
  let out = ''
  for (let i = 0; i < c.length; i++) {
    const ch = c[i] ?? ''
    const lower = ch.toLowerCase()
    if (ch === '\\' && c[i + 1] !== undefined && /[\^(+'`?~.-]/.test(c[i + 1] ?? '')) {
      out += c[i + 1]
      i++
    } else if (lower === 'd' && (c[i + 1] === '-' || c[i + 1]?.toLowerCase() === 'd')) {
      // `dd` only at a word start: English words rarely begin with it, Vietnamese đ often does.
      const atStart = !isLetter(c[i - 1])
      if (atStart && isLetter(c[i + 2])) {
        out += ch === 'D' ? 'Đ' : 'đ'
        i++
      } else out += ch
    } else if (/[aeiouy]/.test(lower)) {
      let j = i + 1
      let mod: Modifier | undefined
      const m = MODS[c[j] ?? '']
      if (m && modifierFits(lower, m)) {
        mod = m
        j++
      }
      let tone: ToneMark | undefined
      const t = TONES[c[j] ?? '']
      if (t && toneApplies(c[j] ?? '', c[j + 1], c[j + 2])) {
        tone = t
        j++
      }
      const letter = compose(lower, mod, tone)
      out += ch === lower ? letter : letter.toUpperCase()
      i = j - 1
    } else out += ch
  }
  // `uo+` is the common shorthand for ươ before a final (truo+`ng); thuở keeps its plain u.
  return out.replace(/u(?=[ơớờởỡợ][nctmpiu])/g, 'ư').replace(/U(?=[ƠỚỜỞỠỢ][NCTMPIU])/g, 'Ư')
}

/**
 * `.` and `?` are tones inside a word, before more punctuation (`ho..`) or before a lower-case
 * word (a sentence never continues in lower case); before a capital or the end they are punctuation.
 */
function toneApplies(mark: string, next: string | undefined, after: string | undefined): boolean {
  if (mark !== '.' && mark !== '?') return true
  if (isLetter(next)) return true
  if (next !== undefined && /[\\.,;:!?)"']/.test(next)) return true
  return next === ' ' && after !== undefined && /[a-z0-9]/.test(after)
}

const LITERAL_AFTER_VOWEL = /[.?'`~^(+]/

export function encodeViqr(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase()
    const upper = ch !== lower
    if (lower === 'đ') {
      out += upper ? 'DD' : 'dd'
      continue
    }
    const { base, modifier, tone } = decompose(lower)
    if (!/[aeiouy]/.test(base) || (!modifier && !tone)) {
      // Punctuation right after a vowel would read as a tone, so VIQR escapes it.
      const prev = out.at(-1) ?? ''
      out += LITERAL_AFTER_VOWEL.test(ch) && /[A-Za-z.?'`~^(+]/.test(prev) ? '\\' + ch : ch
      continue
    }
    const letter = upper ? base.toUpperCase() : base
    out += letter + (modifier ? MOD_CHAR[modifier] : '') + (tone ? TONE_CHAR[tone] : '')
  }
  return out
}
