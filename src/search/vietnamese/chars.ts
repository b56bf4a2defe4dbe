// Character tables shared by the analyzer. Everything is keyed by single NFC code units: every
// Vietnamese letter (including the double-marked ones such as ặ or ữ) is one BMP code point.

/** Tone indices: 0 ngang (none), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5

const TONE_ROWS: Record<string, string> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
}

/** Vowel letters with vowel marks folded away (ă → a, ơ → o ...). */
const PLAIN: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' }

export interface VowelInfo {
  /** Lower-case vowel with its vowel mark but without tone, e.g. 'ặ' → 'ă'. */
  base: string
  tone: Tone
  upper: boolean
}

/** Every Vietnamese vowel letter (both cases, all tones) → its parts. */
export const VOWELS = new Map<string, VowelInfo>()
/** [base][tone] → lower-case letter, e.g. TONED['ă'][5] = 'ặ'. */
const TONED = new Map<string, string[]>()
/** Every Vietnamese letter with a mark (both cases, đ/Đ included) → plain lower-case ASCII. */
export const FOLD = new Map<string, string>()

for (const [base, row] of Object.entries(TONE_ROWS)) {
  const letters = [...row]
  TONED.set(base, letters)
  letters.forEach((lower, tone) => {
    const upper = lower.toUpperCase()
    VOWELS.set(lower, { base, tone: tone as Tone, upper: false })
    VOWELS.set(upper, { base, tone: tone as Tone, upper: true })
    const plain = PLAIN[base] ?? base
    if (lower !== plain) {
      FOLD.set(lower, plain)
      FOLD.set(upper, plain)
    }
  })
}
FOLD.set('đ', 'd')
FOLD.set('Đ', 'd')

/** Lower-case vowel `base` carrying `tone`, upper-cased when asked. */
export function withTone(base: string, tone: Tone, upper: boolean): string {
  const letter = TONED.get(base)?.[tone] ?? base
  return upper ? letter.toUpperCase() : letter
}

/** Vowels that carry a vowel mark; the tone goes on them whenever one is present. */
export const MARKED_VOWELS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư'])
