// Shared helpers for the legacy encodings: each legacy scheme spells a Vietnamese letter as a base
// letter plus a vowel modifier and a tone, so all converters build Unicode from those three parts.

/** A tone by the name of its combining mark (ngang has none, so it is not a value here). */
export type ToneMark = 'acute' | 'grave' | 'hook' | 'tilde' | 'dot'
export type Modifier = 'circumflex' | 'breve' | 'horn'

export const TONE_COMBINING: Record<ToneMark, string> = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
}

export const MODIFIER_COMBINING: Record<Modifier, string> = {
  circumflex: '\u0302',
  breve: '\u0306',
  horn: '\u031B',
}

const COMBINING_TO_TONE = new Map<string, ToneMark>(
  Object.entries(TONE_COMBINING).map(([tone, mark]) => [mark, tone as ToneMark]),
)
const COMBINING_TO_MODIFIER = new Map<string, Modifier>(
  Object.entries(MODIFIER_COMBINING).map(([mod, mark]) => [mark, mod as Modifier]),
)

/** Builds one precomposed letter; NFC picks the single code point Vietnamese uses. */
export function compose(base: string, modifier?: Modifier, tone?: ToneMark): string {
  const mod = modifier ? MODIFIER_COMBINING[modifier] : ''
  const t = tone ? TONE_COMBINING[tone] : ''
  return (base + mod + t).normalize('NFC')
}

export interface Decomposed {
  base: string
  modifier?: Modifier
  tone?: ToneMark
}

/** Splits one Vietnamese letter into base, modifier and tone (đ stays a base letter). */
export function decompose(letter: string): Decomposed {
  const nfd = letter.normalize('NFD')
  const base = nfd.charAt(0)
  const out: Decomposed = { base }
  for (const mark of nfd.slice(1)) {
    const tone = COMBINING_TO_TONE.get(mark)
    if (tone) out.tone = tone
    const mod = COMBINING_TO_MODIFIER.get(mark)
    if (mod) out.modifier = mod
  }
  return out
}
