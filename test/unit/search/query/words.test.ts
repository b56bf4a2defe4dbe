// A query's words of several syllables, found from the index's own statistics (query/words.ts):
// typed neighbours the index holds together are one word, a pair it never holds together is a
// word boundary, and a stop word, a question word or an abbreviation's span breaks a word.
import { describe, expect, it } from 'vitest'

import { adjacentPairs, findWords, spansOf } from '@/search/query/words'
import { analyzeQuery } from '@/search/vietnamese/analyze'

const folded = (q: string): string[] => analyzeQuery(q).terms.map((t) => t.folded)

describe('words of several syllables', () => {
  it('pairs only terms typed next to each other', () => {
    const aq = analyzeQuery('thủ tục kết nạp đảng viên là sinh viên')
    expect(folded('thủ tục kết nạp đảng viên là sinh viên')).toEqual([
      'thu',
      'tuc',
      'ket',
      'nap',
      'dang',
      'vien',
      'sinh',
      'vien',
    ])
    // "là" (a stop word) stood between "viên" and "sinh": no pair 5.
    expect(adjacentPairs(aq, new Set())).toEqual([0, 1, 2, 3, 4, 6])
    expect(adjacentPairs(aq, new Set([1]))).toEqual([2, 3, 4, 6])
  })

  it('leaves an abbreviation’s span to its expansion', () => {
    const aq = analyzeQuery('UBND tỉnh Quảng Trị họp')
    const span = aq.expansions[0]
    expect(span).toBeDefined()
    expect(adjacentPairs(aq, new Set())).not.toContain(span?.from)
  })

  it('chains consecutive joined pairs into one word', () => {
    expect(spansOf([0, 2, 3, 4, 6])).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 6 },
      { from: 6, to: 8 },
    ])
    expect(spansOf([])).toEqual([])
  })

  it('joins the pairs the index holds together and splits at the others', async () => {
    const aq = analyzeQuery('thủ tục kết nạp đảng viên là sinh viên')
    const held = new Map([
      ['thu tuc', 12],
      ['tuc ket', 0],
      ['ket nap', 40],
      ['nap dang', 40],
      ['dang vien', 300],
      ['sinh vien', 1],
    ])
    const asked: string[][] = []
    const words = await findWords(aq, new Set(), async (phrases) => {
      asked.push(phrases)
      return held
    })
    expect(asked).toEqual([['thu tuc', 'tuc ket', 'ket nap', 'nap dang', 'dang vien', 'sinh vien']])
    expect(words).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 6 },
      { from: 6, to: 8 },
    ])
  })
})
