// What the Meilisearch engine does for the relevance rules it cannot be run against here: names as
// a field of their own ahead of the body, recency as the last ranking rule, and sentence questions
// relaxed by the shared flow (the fake server matches every word as a real one does).
import { describe, expect, it } from 'vitest'

import { indexSettings, toMeiliDocument } from '@/search/engines/meilisearch/documents'

import { ARTICLES } from '../../../../fixtures/search/articles'
import { RELEVANCE_PEOPLE } from '../../../../fixtures/search/relevance-articles'
import { useFakeMeilisearch } from './fake-server'

const { server, engine: makeEngine } = useFakeMeilisearch()

const people = (id: string) => {
  const doc = RELEVANCE_PEOPLE.find((d) => d.id === id)
  if (!doc) throw new Error(`No fixture ${id}`)
  return toMeiliDocument(doc)
}

interface SearchRequest {
  q: string
  hitsPerPage?: number
  attributesToSearchOn?: string[]
}

describe('meilisearch engine: relevance rules', () => {
  it('indexes credits, bylines, signers, issuing bodies, speakers and numbers as names', () => {
    expect(people('p1').names.split('\n')).toContain('Hồng Nhung')
    expect(people('p3').names.split('\n')).toContain('Trần Minh Khoa')
    expect(people('p5').names.split('\n')).toEqual(
      expect.arrayContaining(['Nguyễn Thị Hạnh', 'Ban Thường vụ Đảng ủy Khối', '45-QĐ/ĐUK']),
    )
    expect(people('p7').names.split('\n')).toContain('Phạm Quốc Hùng')
    expect(people('p7').namesExact).toContain('hungf')
    // A newer article merely holding the syllables has no such name.
    expect(people('p8').names).not.toContain('Phạm Quốc Hùng')
  })

  it('searches names right after the title, and orders ties newest first', () => {
    const s = indexSettings(null)
    expect(s.searchableAttributes?.slice(0, 4)).toEqual([
      'title',
      'titleExact',
      'names',
      'namesExact',
    ])
    expect(s.rankingRules?.at(-1)).toBe('publishedAtTs:desc')
    expect(s.rankingRules?.indexOf('publishedAtTs:desc')).toBeGreaterThan(
      s.rankingRules?.indexOf('exactness') ?? Infinity,
    )
  })

  it('relaxes a sentence question and says which words it did not use', async () => {
    const engine = makeEngine()
    await engine.init()
    await engine.upsert([...ARTICLES, ...RELEVANCE_PEOPLE])
    const r = await engine.search({ q: 'thủ tục kết nạp đảng viên là sinh viên như thế nào' })
    expect(r.hits.map((h) => h.id)).toEqual(['p16'])
    // The question words go first; then the word "thủ tục", whole (query/words.ts).
    expect(r.unusedWords).toEqual(['thủ tục', 'thế nào'])
    // Phrase frequencies were asked for, counting only: each typed pair, then each word.
    const counts = server
      .sent<{ queries: SearchRequest[] }>('POST', '/multi-search')
      .flatMap((b) => b.queries)
      .filter((q) => q.hitsPerPage === 0)
    expect(counts.map((q) => q.q)).toContain('"tuc ket"')
    expect(counts.map((q) => q.q)).toContain('"ket nap dang vien"')
  })

  it('keeps every word required when the query as typed finds articles', async () => {
    const engine = makeEngine()
    await engine.init()
    await engine.upsert([...ARTICLES, ...RELEVANCE_PEOPLE])
    const r = await engine.search({ q: 'quy trình kết nạp đảng viên sinh viên' })
    expect(r.hits.map((h) => h.id)).toEqual(['p16'])
    expect(r.unusedWords).toBeUndefined()
  })
})
