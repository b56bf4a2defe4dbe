import { describe, expect, it } from 'vitest'

import { normalizeText } from '@/search/vietnamese/normalize'
import { tokenize } from '@/search/vietnamese/tokenize'

const exacts = (text: string): string[] => tokenize(text).map((t) => t.exact)

describe('tokenize words and numbers', () => {
  it('gives exact, folded, offsets and kind', () => {
    expect(tokenize('Đảng ủy 70 năm')).toEqual([
      { exact: 'đảng', folded: 'dang', start: 0, end: 4, kind: 'word' },
      { exact: 'ủy', folded: 'uy', start: 5, end: 7, kind: 'word' },
      { exact: '70', folded: '70', start: 8, end: 10, kind: 'number' },
      { exact: 'năm', folded: 'nam', start: 11, end: 14, kind: 'word' },
    ])
  })

  it.each([
    [
      'punctuation and emoji are not tokens',
      'Chào mừng! 🎉🇻🇳 — “Đại hội” (lần XIV)…',
      ['chào', 'mừng', 'đại', 'hội', 'lần', 'xiv'],
    ],
    ['dates split into numbers', 'ngày 20/4/2024', ['ngày', '20', '4', '2024']],
    ['ranges are not document numbers', 'nhiệm kỳ 2020-2025', ['nhiệm', 'kỳ', '2020', '2025']],
    ['glued words stay one token', 'công trìnhvà', ['công', 'trìnhvà']],
    ['other scripts are words', 'Trung Quốc 中国', ['trung', 'quốc', '中国']],
    ['mixed letters and digits', 'lúc 19h30', ['lúc', '19h30']],
    ['empty input', '', []],
    ['only symbols', '!!! ... ???', []],
  ])('%s', (_name, input, expected) => {
    expect(exacts(input)).toEqual(expected)
  })

  it('offsets slice back to the source text', () => {
    const text = 'Ban Thường vụ, Đảng ủy Khối'
    for (const t of tokenize(text)) {
      expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.exact)
    }
  })

  it.each([
    ['Đảng uỷ', 'Đảng ủy'],
    ['hoá', 'hóa'],
    ['KHOẺ', 'khỏe'],
  ])('%s and %s give identical exact tokens', (a, b) => {
    expect(exacts(normalizeText(a))).toEqual(exacts(normalizeText(b)))
    expect(exacts(a)).toEqual(exacts(b))
  })
})

describe('tokenize document numbers', () => {
  it.each([
    ['39-NQ/TW', '39-nq/tw', '39-nq/tw', ['39', 'nq', 'tw']],
    ['1300-QĐ/TU', '1300-qđ/tu', '1300-qd/tu', ['1300', 'qđ', 'tu']],
    ['87-KH/ĐUK', '87-kh/đuk', '87-kh/duk', ['87', 'kh', 'đuk']],
    ['12-NQ/ĐUK', '12-nq/đuk', '12-nq/duk', ['12', 'nq', 'đuk']],
    ['05/2023/NĐ-CP', '05/2023/nđ-cp', '05/2023/nd-cp', ['05', '2023', 'nđ', 'cp']],
    ['123/QĐ-UBND', '123/qđ-ubnd', '123/qd-ubnd', ['123', 'qđ', 'ubnd']],
  ])('%s', (code, exact, folded, parts) => {
    const tokens = tokenize(`Theo ${code}, ngày`)
    const doc = tokens.filter((t) => t.kind === 'docnum')
    expect(doc).toEqual([{ exact, folded, start: 5, end: 5 + code.length, kind: 'docnum' }])
    const inside = tokens.filter(
      (t) => t.kind !== 'docnum' && t.start >= 5 && t.end <= 5 + code.length,
    )
    expect(inside.map((t) => t.exact)).toEqual(parts)
  })

  it('Số 12-NQ/ĐUK keeps số as a word', () => {
    expect(exacts('Số 12-NQ/ĐUK')).toEqual(['số', '12-nq/đuk', '12', 'nq', 'đuk'])
  })

  it('a word after the hyphen is not a code', () => {
    expect(tokenize('12-tháng').some((t) => t.kind === 'docnum')).toBe(false)
  })
})
