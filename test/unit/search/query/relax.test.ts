// Sentence questions on the embedded engine: relaxed only when nothing holds every word, the
// dropped words named, the articles holding more of the reader's words first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { relaxedNotice } from '@/search/query/relax'

import { ARTICLES } from '../../../fixtures/search/articles'
import { RELEVANCE_PEOPLE } from '../../../fixtures/search/relevance-articles'

describe('relaxed sentence queries', () => {
  const engine = new SqliteFtsEngine('file::memory:', { resultCache: false })
  beforeAll(async () => {
    await engine.init()
    await engine.upsert([...ARTICLES, ...RELEVANCE_PEOPLE])
  })
  afterAll(() => engine.close())

  it('drops question words first and says so', async () => {
    const r = await engine.search({ q: 'hồ sơ xin vào Đảng gồm những gì' })
    expect(r.hits[0]?.id).toBe('p16')
    expect(r.unusedWords).toEqual(['gì'])
  })

  it('then drops the least informative words, keeping two thirds of them', async () => {
    const r = await engine.search({ q: 'thủ tục kết nạp đảng viên là sinh viên như thế nào' })
    expect(r.hits[0]?.id).toBe('p16')
    expect(r.unusedWords).toContain('thế nào')
    expect(r.unusedWords?.length).toBe(2)
  })

  it('leaves a query that finds articles, and a short one that does not, as typed', async () => {
    const exact = await engine.search({ q: 'quy trình kết nạp đảng viên sinh viên' })
    expect(exact.unusedWords).toBeUndefined()
    expect(exact.hits.map((h) => h.id)).toEqual(['p16'])
    const short = await engine.search({ q: 'kết nạp xylophone' })
    expect(short.total).toBe(0)
    expect(short.unusedWords).toBeUndefined()
  })

  it('finds nothing rather than relaxing below two thirds of the words', async () => {
    const r = await engine.search({ q: 'xylophone kèn đàn sáo trống nhị hồ như thế nào' })
    expect(r.total).toBe(0)
  })

  it('words the notice for the results page', () => {
    expect(relaxedNotice('thủ tục như thế nào', ['thế nào'])).toBe(
      'Không tìm thấy đủ các từ: «thủ tục như thế nào»; kết quả dưới đây không dùng: «thế nào».',
    )
  })
})
