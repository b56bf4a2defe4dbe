// The words whose document frequencies the planner estimates (plan.ts): what decides whether a
// query is ranked by bm25 over every match or by the impact path.
import { describe, expect, it } from 'vitest'

import { queryWords } from '@/search/engines/sqlite/query-words'
import { analyzeQuery } from '@/search/vietnamese/analyze'

describe('query-words', () => {
  it('lists each distinct word once, folded, and whether diacritics were typed', () => {
    const typed = queryWords(analyzeQuery('Ban Tổ chức tổ', {}))
    expect(typed.folded).toEqual(['ban', 'to', 'chuc'])
    expect(typed.exactAware).toBe(true)
    expect(queryWords(analyzeQuery('ban to chuc', {})).exactAware).toBe(false)
  })

  it('keeps words spelled apart that fold alike (bàn, ban): each is its own phrase', () => {
    expect(queryWords(analyzeQuery('bàn ban', {})).folded).toEqual(['ban', 'ban'])
  })

  it('adds a document number and a whole name as single-token keys', () => {
    expect(queryWords(analyzeQuery('kế hoạch 87-KH/ĐUK', {})).keys).toEqual(['87khduk'])
    expect(queryWords(analyzeQuery('Thanh Lê', {})).keys).toEqual(['nmzthanhle'])
    // A quoted phrase is not looked up as a name.
    expect(queryWords(analyzeQuery('"Thanh Lê"', {})).keys).toEqual([])
  })
})
