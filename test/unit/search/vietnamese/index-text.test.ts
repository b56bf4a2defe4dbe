// analyzeForIndex (index-text.ts) takes a shorter road than the analyzer's general one,
// tokenize(normalizeText(text)), for speed at rebuild time. Its output must be the same, token
// for token: compared here on every field of real-looking articles and on random text built
// from the characters where the two roads could part (tones placed old and new style,
// decomposed letters, document numbers next to toned words, digits glued to words, exotic spaces,
// invisible characters, astral letters and digits, lone surrogates).
import { describe, expect, it } from 'vitest'

import { extraText, nameKeysText } from '@/search/engines/document-text'
import { analyzeForIndex, docNumberKey } from '@/search/vietnamese/analyze'
import { normalizeText } from '@/search/vietnamese/normalize'
import { tokenize } from '@/search/vietnamese/tokenize'
import type { IndexedText } from '@/search/vietnamese/types'

import { makeDistractors } from '../../../../bench/search/distractors/generate'
import { mulberry32 } from '../../../../bench/search/distractors/random'
import { FIXTURES } from '../../../../bench/search/fixtures'

/** The general road, as analyzeForIndex was written before it took the short one. */
function reference(text: string): IndexedText {
  const exact: string[] = []
  const folded: string[] = []
  for (const token of tokenize(normalizeText(text))) {
    if (token.kind === 'docnum') {
      const key = docNumberKey(token.exact)
      exact.push(key)
      folded.push(key)
    } else {
      exact.push(token.exact)
      folded.push(token.folded)
    }
  }
  return { exact: exact.join(' '), folded: folded.join(' ') }
}

const PIECES = [
  ...['hoà', 'hòa', 'Hoà', 'HOÀ', 'uỷ', 'ủy', 'Uỷ', 'thuý', 'thúy', 'khoẻ', 'gìa', 'già'],
  ...['quốc', 'Quốc', 'giặt', 'nghiêng', 'Đảng', 'đoàn', 'ĐOÀN', 'tuyển', 'khuỷu', 'oà', 'ỌA'],
  ...['Việt'.normalize('NFD'), 'hoà'.normalize('NFD'), 'ủy'.normalize('NFD'), '\u0301', '\u0323'],
  ...['12-NQ/ĐUK', '05/2023/NĐ-CP', '87-KH/', '1300-QĐ/TU', '39', '2024', '-', '/', 'ĐUK', 'NQ'],
  ...['12-ĐOÀ', '3-hoà', '7/Uỷ', '2hoà', 'hoà2', 'a', 'b', 'A', 'Đ', 'đ', 'Ă', 'ư', 'ơ'],
  ...[
    ' ',
    ' ',
    ' ',
    '\n',
    '\r\n',
    '\t',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\u2028',
    '.',
    ',',
    ':',
    '“',
  ],
  ...['\u200b', '\u00ad', '\ufeff', '\u202e', '\u0007', '\u2060'],
  ...['𝐀', '𝐀𝐁', '𠀀', '𝟏', '𝟐3', '\ud800', '\udc00', 'x\ud83dy', '👍', 'İ', 'ß', 'ǅ', 'Ω', 'é'],
  ...['không', 'Ngày', 'hội', 'quỳnh', 'Lâm', 'thuở', 'hủy', 'huỷ', 'Thuỵ', 'QUỐC', 'gì'],
]

describe('analyzeForIndex: the same streams as tokenize(normalizeText(text))', () => {
  it('on every indexed field of the fixtures and of generated articles', () => {
    const { article } = makeDistractors({ seed: 11, count: 400 })
    const docs = [...FIXTURES, ...Array.from({ length: 400 }, (_, i) => article(i))]
    let compared = 0
    for (const doc of docs) {
      for (const text of [doc.title, doc.sapo, doc.body, extraText(doc), nameKeysText(doc)]) {
        expect(analyzeForIndex(text), text.slice(0, 80)).toEqual(reference(text))
        compared++
      }
    }
    expect(compared).toBe(docs.length * 5)
  })

  it('on random text from the characters where the two could differ', () => {
    const random = mulberry32(20261130)
    let differing = 0
    for (let n = 0; n < 20_000; n++) {
      const parts: string[] = []
      const length = 1 + Math.floor(random() * 12)
      for (let k = 0; k < length; k++) {
        parts.push(PIECES[Math.floor(random() * PIECES.length)] ?? '')
        // Glued half the time, so digits, marks and letters meet.
        if (random() < 0.5) parts.push(' ')
      }
      const text = parts.join('')
      const got = analyzeForIndex(text)
      const want = reference(text)
      if (got.exact !== want.exact || got.folded !== want.folded) {
        differing++
        expect(got, JSON.stringify(text)).toEqual(want)
      }
    }
    expect(differing).toBe(0)
  })

  it('places tones and finds document numbers as before (the road matters, not only equality)', () => {
    expect(analyzeForIndex('Uỷ ban 12-NQ/ĐUK, 2hoà').exact).toBe('ủy ban 12nqduk 12 nq đuk 2hòa')
  })
})
