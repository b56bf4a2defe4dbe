import { describe, expect, it } from 'vitest'

import { editDistance, suggestTerms } from '@/search/vietnamese/suggest'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['quyet', 'quyte', 1],
    ['ab', 'ba', 1],
    ['nghị', 'nghi', 1],
    ['đảng', 'đảng', 0],
  ])('%s / %s → %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })

  it('exits early past max', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3)
    expect(editDistance('a', 'abcdefgh', 1)).toBe(2)
  })
})

describe('suggestTerms', () => {
  const vocabulary = ['nghị', 'quyết', 'quyền', 'đảng', 'đang', 'hòa', 'hoa', 'chuyển', 'chuyên']

  it('ranks by folded distance, then by accents', () => {
    expect(suggestTerms('quyte', vocabulary)).toEqual(['quyết'])
    expect(suggestTerms('đảmg', vocabulary)).toEqual(['đảng', 'đang'])
    expect(suggestTerms('chuyẻn', vocabulary, 2)).toEqual(['chuyển', 'chuyên'])
  })

  it('suggests the accented form of an accent-free term', () => {
    expect(suggestTerms('nghi', vocabulary)[0]).toBe('nghị')
  })

  it('never suggests the term itself and respects max', () => {
    expect(suggestTerms('hoa', vocabulary)).toEqual(['hòa'])
    expect(suggestTerms('hoa', vocabulary, 0)).toEqual([])
  })
})
