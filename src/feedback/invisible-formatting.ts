/**
 * Takes invisible formatting characters out of what readers write (comment and question names,
 * texts, topics), so nobody can reorder what moderators and readers see: U+202E shows
 * `moc.elpmaxe` as `example.com`, an isolate turns a name around, zero-width characters split
 * words past the banned-words list or make a blank name. Pure, no I/O, unit-tested.
 *
 * What Vietnamese text legitimately needs is kept: letters with their combining marks (NFC
 * happens elsewhere), ordinary spaces and line breaks, emoji with their variation selectors and
 * skin tones, ZERO WIDTH JOINER between two emoji (family, profession sequences) and the tag
 * characters of a subdivision flag (🏴 + tags + CANCEL TAG). LEFT-TO-RIGHT / RIGHT-TO-LEFT MARK
 * only matter to text in a right-to-left script, where they place punctuation: they stay when
 * the text has Arabic, Hebrew or another right-to-left letter, and go otherwise. ZERO WIDTH
 * NON-JOINER stays between letters of scripts that use it (Persian, Indic), never in Latin text.
 */

/** Embeddings, overrides and isolates: never needed in a comment; always taken out. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u061c]/gu

/** Invisible characters with no use in a reader's text (ZWSP, word joiner, BOM, soft hyphen …). */
const INVISIBLE =
  /[\u00ad\u180e\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\u115f\u1160\u3164\uffa0]/gu

/**
 * Invisible marks of category Mn: variation selectors 1–15 and 17–256 (no Vietnamese or Latin
 * text needs one), Khmer inherent vowels, Mongolian free variation selectors. Always taken out;
 * VS16 (U+FE0F) is handled apart, kept only right after an emoji.
 */
const INVISIBLE_MARKS = /[\ufe00-\ufe0e\u{e0100}-\u{e01ef}\u17b4\u17b5\u180b-\u180f]/gu
const VS16 = '\ufe0f'

const MARKS = /[\u200e\u200f]/gu
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u
/** What may sit between an emoji and its joiner: variation selector 16, skin-tone modifiers. */
const EMOJI_MODIFIER = /^(?:\ufe0f|[\u{1f3fb}-\u{1f3ff}])$/u
const BLACK_FLAG = '\u{1f3f4}'
const CANCEL_TAG = '\u{e007f}'
const TAG = /[\u{e0000}-\u{e007f}]/u
const JOINING_LETTER = /[\p{L}\p{M}]/u
const LATIN = /\p{Script=Latin}/u

/** Whether the joiner at `i` sits between two emoji (skin tones and VS16 allowed before it). */
function joinsEmoji(chars: string[], i: number): boolean {
  let before = i - 1
  while (before >= 0 && EMOJI_MODIFIER.test(chars[before]!)) before--
  const prev = chars[before]
  const next = chars[i + 1]
  return (
    prev !== undefined && next !== undefined && PICTOGRAPHIC.test(prev) && PICTOGRAPHIC.test(next)
  )
}

/** Whether the non-joiner at `i` sits between two non-Latin letters (a script that uses it). */
function joinsLetters(chars: string[], i: number): boolean {
  const prev = chars[i - 1]
  const next = chars[i + 1]
  return (
    prev !== undefined &&
    next !== undefined &&
    JOINING_LETTER.test(prev) &&
    JOINING_LETTER.test(next) &&
    !LATIN.test(prev) &&
    !LATIN.test(next)
  )
}

/** Tag characters are kept only inside a flag sequence: 🏴, tags, CANCEL TAG. */
function dropStrayTags(chars: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (c === BLACK_FLAG) {
      let j = i + 1
      while (j < chars.length && TAG.test(chars[j]!) && chars[j] !== CANCEL_TAG) j++
      if (j > i + 1 && chars[j] === CANCEL_TAG) {
        out.push(...chars.slice(i, j + 1))
        i = j
        continue
      }
    }
    if (!TAG.test(c)) out.push(c)
  }
  return out
}

/**
 * VS16 stays only after an emoji (or a skin tone) and in a keycap (`1`, VS16, U+20E3), never
 * after a letter.
 */
function dropStrayEmojiSelectors(text: string): string {
  if (!text.includes(VS16)) return text
  const chars = [...text]
  return chars
    .filter((c, i) => {
      if (c !== VS16) return true
      const prev = chars[i - 1]
      if (chars[i + 1] === '\u20e3') return true
      return prev !== undefined && (PICTOGRAPHIC.test(prev) || /[\u{1f3fb}-\u{1f3ff}]/u.test(prev))
    })
    .join('')
}

export function stripInvisibleFormatting(text: string): string {
  let cleaned = dropStrayEmojiSelectors(
    text.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '').replace(INVISIBLE_MARKS, ''),
  )
  if (!RTL_LETTER.test(cleaned)) cleaned = cleaned.replace(MARKS, '')
  if (!/[\u200d\u200c\u{e0000}-\u{e007f}]/u.test(cleaned)) return cleaned
  const chars = dropStrayTags([...cleaned])
  return chars
    .filter((c, i) => {
      if (c === '\u200d') return joinsEmoji(chars, i)
      if (c === '\u200c') return joinsLetters(chars, i)
      return true
    })
    .join('')
}

/** Whether `text` holds anything stripInvisibleFormatting would take out. */
export const hasInvisibleFormatting = (text: string): boolean =>
  stripInvisibleFormatting(text) !== text
