import { describe, expect, it } from 'vitest'

import { stripInvisibleFormatting } from '@/feedback/invisible-formatting'
import { findBannedWords } from '@/feedback/text-rules'

/*
 * Review finding: invisible characters of category Mn (not Cf) survive both the stripping of
 * readers' text and the banned-words fold, and split a banned word: variation selectors after a
 * Latin letter (U+FE00, U+E0100), Khmer inherent vowels (U+17B4), Mongolian free variation
 * selectors (U+180B). None is needed in Vietnamese text; VS16 after an emoji stays.
 */
const hidden = {
  'VARIATION SELECTOR-1': '\ufe00',
  'VARIATION SELECTOR-17': '\u{e0100}',
  'KHMER VOWEL INHERENT AQ': '\u17b4',
  'MONGOLIAN FREE VARIATION SELECTOR ONE': '\u180b',
}

describe('invisible marks inside a banned word', () => {
  for (const [name, char] of Object.entries(hidden)) {
    it(`${name} is taken out and the word is still found`, () => {
      const text = `bọn ph${char}ản động`
      const stored = stripInvisibleFormatting(text)
      expect(stored).toBe('bọn phản động')
      expect(findBannedWords(text, ['phản động'])).toEqual(['phản động'])
    })
  }

  it('keeps VS16 after an emoji', () => {
    expect(stripInvisibleFormatting('Tuyệt vời \u2764\ufe0f')).toBe('Tuyệt vời \u2764\ufe0f')
  })
})
