import { describe, expect, it } from 'vitest'

import { analyzeQuery } from '@/search/vietnamese/analyze'
import type { AnalyzedQuery } from '@/search/vietnamese/types'

const exact = (q: AnalyzedQuery): string[] => q.terms.map((t) => t.exact)
const expansionTexts = (q: AnalyzedQuery): string[] =>
  q.expansions.map((e) => `${e.from}-${e.to}:${e.terms.map((t) => t.exact).join(' ')}`)

describe('analyzeQuery abbreviations', () => {
  it.each([
    ['BTV', 'ban thường vụ'],
    ['ĐUK', 'đảng ủy khối'],
    ['CCQ', 'các cơ quan'],
    ['UBND', 'ủy ban nhân dân'],
    ['HĐND', 'hội đồng nhân dân'],
    ['UBKT', 'ủy ban kiểm tra'],
    ['TTHC', 'thủ tục hành chính'],
    ['MTTQ', 'mặt trận tổ quốc'],
    ['BCH', 'ban chấp hành'],
    ['ĐBQH', 'đại biểu quốc hội'],
    ['BCĐ', 'ban chỉ đạo'],
    ['CNXH', 'chủ nghĩa xã hội'],
    ['CCHC', 'cải cách hành chính'],
    ['HTCT', 'hệ thống chính trị'],
    ['CBCCVC', 'cán bộ công chức viên chức'],
    ['KT-XH', 'kinh tế xã hội'],
  ])('%s ↔ %s', (abbr, full) => {
    const short = analyzeQuery(abbr)
    expect(short.expansions.map((e) => e.terms.map((t) => t.exact).join(' '))).toContain(full)
    const long = analyzeQuery(full)
    const abbrTerms = abbr.toLowerCase().split('-').join(' ')
    expect(long.expansions.map((e) => e.terms.map((t) => t.exact).join(' '))).toContain(abbrTerms)
    expect(long.expansions.find((e) => e.terms.length > 0)?.to).toBe(long.terms.length)
  })

  it.each(['ubnd', 'uy ban nhan dan', 'Uỷ ban nhân dân', 'UỶ BAN NHÂN DÂN'])(
    'matches %s accent-insensitively',
    (q) => {
      const forms = analyzeQuery(q).expansions.map((e) => e.terms.map((t) => t.folded).join(' '))
      expect(forms.length).toBeGreaterThan(0)
      expect(forms.some((f) => f === 'ubnd' || f === 'uy ban nhan dan')).toBe(true)
    },
  )

  it('points expansions at the right terms', () => {
    const q = analyzeQuery('chủ tịch UBND tỉnh')
    expect(expansionTexts(q)).toEqual(['2-3:ủy ban nhân dân'])
  })

  it('merges settings synonyms both ways', () => {
    const synonyms = [['SGK', 'sách giáo khoa']]
    expect(expansionTexts(analyzeQuery('SGK mới', { synonyms }))).toEqual(['0-1:sách giáo khoa'])
    expect(expansionTexts(analyzeQuery('sach giao khoa', { synonyms }))).toEqual(['0-3:sgk'])
  })

  it('does not expand the parts of a document number', () => {
    expect(analyzeQuery('39-NQ/TW').expansions).toEqual([])
  })

  it.each(['du lịch', 'tư pháp', 'đa dạng', 'thứ tư'])(
    'does not expand everyday words: %s',
    (q) => {
      expect(analyzeQuery(q).expansions).toEqual([])
    },
  )

  it('matches a syllable-like abbreviation only with its accents', () => {
    expect(expansionTexts(analyzeQuery('ĐU xã'))).toEqual(['0-1:đảng ủy'])
    expect(expansionTexts(analyzeQuery('du xã'))).toEqual([])
  })

  it('flags terms typed with diacritics', () => {
    const q = analyzeQuery('nghị quyet')
    expect(q.terms.map((t) => t.hasDiacritics)).toEqual([true, false])
  })
})

describe('analyzeQuery misspellings, stop words, phrases, doc numbers', () => {
  it.each([
    ['sát nhập xã', 'sáp nhập xã'],
    ['Sát nhập', 'sáp nhập'],
    ['sat nhap huyen', 'sap nhap huyen'],
    ['bổ xung hồ sơ', 'bổ sung hồ sơ'],
    ['chuẩn đoán', 'chẩn đoán'],
    ['hoàn thành xuất xắc', 'hoàn thành xuất sắc'],
    ['sáp nhập', 'sáp nhập'],
  ])('%s → %s', (q, normalized) => {
    expect(analyzeQuery(q).normalized).toBe(normalized)
  })

  it('applies settings misspellings', () => {
    const misspellings = [{ wrong: 'nghị quyêt', right: 'nghị quyết' }]
    expect(analyzeQuery('nghị quyêt 39', { misspellings }).normalized).toBe('nghị quyết 39')
  })

  it.each([
    ['nghị quyết của bộ chính trị', ['nghị', 'quyết', 'bộ', 'chính', 'trị']],
    ['và của các', ['và', 'của', 'các']],
    ['đảng ủy khối các cơ quan', ['đảng', 'ủy', 'khối', 'các', 'cơ', 'quan']],
    ['cua bo chinh tri', ['cua', 'bo', 'chinh', 'tri']],
    ['quyền tự do', ['quyền', 'tự', 'do']],
  ])('stop words: %s', (q, terms) => {
    expect(exact(analyzeQuery(q))).toEqual(terms)
  })

  it('applies settings stop words', () => {
    expect(exact(analyzeQuery('tin tức mới', { stopWords: ['tin'] }))).toEqual(['tức', 'mới'])
  })

  it('extracts quoted phrases with straight and typographic quotes', () => {
    const q = analyzeQuery('"chuyển đổi số" và “Ban Thường vụ”')
    expect(q.phrases.map((p) => p.map((t) => t.exact).join(' '))).toEqual([
      'chuyển đổi số',
      'ban thường vụ',
    ])
  })

  it.each([
    ['Nghị quyết 39-NQ/TW', ['39-nq/tw']],
    ['1300-QĐ/TU', ['1300-qđ/tu']],
    ['Số 12-NQ/ĐUK', ['12-nq/đuk']],
    ['12 NQ/ĐUK', ['12-nq/đuk']],
    ['kế hoạch 87 kh/đuk', ['87-kh/đuk']],
    ['05/2023/NĐ-CP', ['05/2023/nđ-cp']],
    ['ngày 20/4/2024', []],
    ['năm 2024 KT-XH', []],
  ])('doc numbers in %s', (q, docNumbers) => {
    expect(analyzeQuery(q).docNumbers).toEqual(docNumbers)
  })

  it('keeps the parts of a doc number as terms', () => {
    expect(exact(analyzeQuery('Số 12-NQ/ĐUK'))).toEqual(['số', '12', 'nq', 'đuk'])
  })
})

describe('analyzeQuery hostile input', () => {
  const hostile = [
    '',
    '   ',
    '"',
    '""""',
    '“',
    'NEAR(a b, 5)',
    '*',
    'abc*',
    "'; DROP TABLE posts; --",
    'a OR b AND NOT c',
    '👍🇻🇳🎉',
    '\u0000\u0001\u200b\ufeff',
    'x'.repeat(10_000),
    'nghị quyết '.repeat(1000),
    '\ud800 lone surrogate',
    '((((((((((',
    '-- -/- 12-/ /NQ',
  ]

  it.each(hostile.map((q) => [q.slice(0, 30), q]))('never throws: %s', (_label, q) => {
    const result = analyzeQuery(q)
    expect(result.normalized.length).toBeLessThanOrEqual(256)
    expect(result.terms.length).toBeLessThanOrEqual(16)
    for (const t of result.terms) expect(t.exact).toMatch(/^[\p{L}\p{N}\p{M}]+$/u)
  })

  it('survives non-string input from untyped callers', () => {
    expect(analyzeQuery(undefined as unknown as string).terms).toEqual([])
  })

  it('caps the term count and drops expansions past the cap', () => {
    const q = analyzeQuery(Array.from({ length: 40 }, (_, i) => `từ${i}`).join(' ') + ' UBND')
    expect(q.terms).toHaveLength(16)
    for (const e of q.expansions) expect(e.to).toBeLessThanOrEqual(16)
  })

  it('survives hostile settings', () => {
    const settings = {
      synonyms: [[], [''], ['"', '*'], ['UBND']],
      stopWords: ['', '*'],
      misspellings: [
        { wrong: '', right: 'x' },
        { wrong: '*', right: '' },
      ],
    }
    expect(() => analyzeQuery('UBND tỉnh', settings)).not.toThrow()
  })
})
