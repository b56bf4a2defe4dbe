// Meilisearch strips every diacritic before indexing, so "tổ" and "tố" become the same word there.
// To still rank exact Vietnamese spelling first we index a second copy of the text in which each
// word is spelled the telex way (ASCII only, so nothing is left for Meilisearch to fold) and put
// the same spelling of the reader's words into the query.
import { WORD_PATTERN } from '@/search/vietnamese/query-text'

const MODIFIERS: Record<string, string> = {
  '\u0302': '', // circumflex: â ê ô, written by doubling the vowel
  '\u0306': 'w', // breve: ă
  '\u031b': 'w', // horn: ơ ư
}

const TONES: Record<string, string> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
}

/** Tone key for words without a tone mark, so a plain "ban" never equals the folded "bàn". */
const LEVEL_TONE = 'z'

/**
 * Encodes one word, e.g. `Tổ` → `toor`, `chức` → `chuwcs`, `đảng` → `ddangr`, `ban` → `banz`.
 * Returns '' for words without letters (numbers stay searchable through the normal fields).
 * Tone placement style does not matter (`uỷ` and `ủy` both give `uyr`).
 */
export function encodeFoldProofWord(word: string): string {
  const decomposed = word.normalize('NFC').toLowerCase().replace(/đ/g, 'dd').normalize('NFD')
  let out = ''
  let tone = LEVEL_TONE
  let hasLetter = false
  for (const ch of decomposed) {
    if (ch >= 'a' && ch <= 'z') {
      out += ch
      hasLetter = true
    } else if (ch >= '0' && ch <= '9') {
      out += ch
    } else if (ch in TONES) {
      tone = TONES[ch] ?? tone
    } else if (ch === '\u0302') {
      out += out.slice(-1)
    } else if (ch in MODIFIERS) {
      out += MODIFIERS[ch] ?? ''
    }
    // Anything else (other scripts' marks, non-Latin letters) cannot be expressed in ASCII.
  }
  return hasLetter ? out + tone : ''
}

/** Encodes every word of a text, space separated, dropping words with nothing to encode. */
export function encodeFoldProof(text: string): string {
  const words = text.match(WORD_PATTERN) ?? []
  const out: string[] = []
  for (const w of words) {
    const code = encodeFoldProofWord(w)
    if (code) out.push(code)
  }
  return out.join(' ')
}
