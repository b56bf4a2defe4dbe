// Sentence questions on the embedded engine: relaxed only when nothing holds every word, the
// dropped words named, the articles holding more of the reader's words first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { relaxedNotice } from '@/search/query/relax'
import type { SearchDocument } from '@/search/types'

import { ARTICLES } from '../../../fixtures/search/articles'
import { RELEVANCE_PEOPLE } from '../../../fixtures/search/relevance-articles'
import { searchDoc } from '../../../helpers/search-doc'

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

// On a large archive some article always holds a question word's folded syllable ("đầu" folds
// to `dau` as "đâu" does), so the question as typed matched it and was never relaxed: the answer
// depended on the archive's size. Question words are never required now.
describe('question words are never required', () => {
  const engine = new SqliteFtsEngine('file::memory:', { resultCache: false })
  const doc = (id: string, title: string, body: string): SearchDocument =>
    searchDoc(id, { title, body, publishedAt: '2024-02-03T08:00:00+07:00' })
  beforeAll(async () => {
    await engine.init()
    await engine.upsert([
      doc(
        'answer',
        'Lễ kỷ niệm Ngày thành lập Đảng tại quảng trường tỉnh',
        'Chương trình diễn ra trang trọng.',
      ),
      doc(
        'scattered',
        'Hội nghị giao ban đầu năm',
        'Ngày đầu tiên, các đại biểu dự lễ kỷ niệm; thành lập tổ công tác Đảng ủy; hội nghị diễn ra sôi nổi.',
      ),
    ])
  })
  afterAll(() => engine.close())

  it('finds the answer although another article holds the question word folded', async () => {
    const r = await engine.search({ q: 'lễ kỷ niệm ngày thành lập Đảng diễn ra ở đâu' })
    expect(r.hits[0]?.id).toBe('answer')
    expect(r.unusedWords).toEqual(['đâu'])
  })

  it('keeps an unaccented word that may not be a question word ("dau" is also "đầu")', async () => {
    const r = await engine.search({ q: 'hoi nghi giao ban dau' })
    expect(r.hits.map((h) => h.id)).toEqual(['scattered'])
    expect(r.unusedWords).toBeUndefined()
  })
})

// On a large archive every syllable of "thủ tục kết nạp đảng viên là sinh viên" is in many texts
// that hold none of its words ("Thủ tướng", "tiếp tục", "sinh hoạt"), so the question matched
// them and was never relaxed, while the guidance article lacks only "thủ tục". Scattered
// syllables are not the reader's words: the query is relaxed by words (query/words.ts).
describe('words of several syllables', () => {
  const engine = new SqliteFtsEngine('file::memory:', { resultCache: false })
  const doc = (id: string, title: string, body: string): SearchDocument =>
    searchDoc(id, { title, body, publishedAt: '2024-02-03T08:00:00+07:00' })
  beforeAll(async () => {
    await engine.init()
    await engine.upsert([
      doc(
        'answer',
        'Hướng dẫn quy trình kết nạp đảng viên là học sinh, sinh viên',
        'Chi bộ nhà trường xem xét hồ sơ.',
      ),
      ...Array.from({ length: 4 }, (_, i) =>
        doc(
          `scattered-${i}`,
          'Thủ tướng dự hội nghị tiếp tục đổi mới',
          'Chi bộ kết nạp đảng viên mới; các đồng chí sinh hoạt chi bộ định kỳ, mỗi đảng viên phát biểu.',
        ),
      ),
      doc('procedure-1', 'Cải cách thủ tục hành chính', 'Giảm thủ tục cho người dân.'),
      doc('procedure-2', 'Thủ tục cấp phép xây dựng', 'Hướng dẫn thủ tục.'),
    ])
  })
  afterAll(() => engine.close())

  it('relaxes a question whose syllables only scattered texts hold, dropping a whole word', async () => {
    const r = await engine.search({ q: 'thủ tục kết nạp đảng viên là sinh viên như thế nào' })
    expect(r.hits[0]?.id).toBe('answer')
    expect(r.unusedWords).toEqual(['thủ tục', 'thế nào'])
  })

  it('keeps the scattered matches of a query that is not a sentence', async () => {
    const r = await engine.search({ q: 'thủ tục sinh viên' })
    expect(r.unusedWords).toBeUndefined()
    expect(r.hits.map((h) => h.id)).not.toContain('answer')
  })
})
