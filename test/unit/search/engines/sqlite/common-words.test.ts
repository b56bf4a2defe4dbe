// Ranking rules for queries of common words (issue 13 §1, src/search/DESIGN.md "Common words"):
// FTS5 gives a word found in more than half the rows an IDF of zero, so on a portal where every
// article says "Đảng ủy Khối" such a query scores nothing in the body. The article whose title
// holds the words must still come first, and the query's phrase must match the text with the
// stop words the reader typed ("trong").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { SearchDocument } from '@/search/types'

import { searchDoc } from '../../../../helpers/search-doc'

const doc = (id: string, title: string, body: string, publishedAt: string): SearchDocument =>
  searchDoc(id, { title, body, publishedAt })

// Newer documents holding every word of the queries in their text, numbered "…/ĐUK" (the
// abbreviation of Đảng ủy Khối) and with "chuyển đổi số" and "cơ quan Đảng" in their titles.
const newer = Array.from({ length: 6 }, (_, i) =>
  doc(
    `g${i}`,
    `Kết luận số ${10 + i}-KL/ĐUK về chuyển đổi số: cơ quan Đảng đi trước`,
    'Đảng ủy Khối các cơ quan tỉnh đánh giá kết quả sơ bộ; chuyển đổi số trong các cơ quan Đảng.',
    `2025-0${i + 1}-10T08:00:00+07:00`,
  ),
)

describe('sqlite-fts: queries of common words', () => {
  const engine = new SqliteFtsEngine(':memory:', { resultCache: false })
  beforeAll(async () => {
    await engine.init()
    await engine.upsert([
      ...newer,
      doc(
        'sk',
        'Đảng uỷ Khối các cơ quan tỉnh sơ kết công tác quý I',
        'Hội nghị ghi nhận nhiều chuyển biến.',
        '2021-04-02T08:00:00+07:00',
      ),
      doc(
        'cds',
        'Đẩy mạnh chuyển đổi số trong cơ quan Đảng',
        'Cán bộ văn phòng được tập huấn phần mềm quản lý văn bản.',
        '2021-09-09T08:00:00+07:00',
      ),
    ])
  })
  afterAll(() => engine.close())

  it('ranks first the article whose title holds every word of an unaccented query', async () => {
    const r = await engine.search({ q: 'dang uy khoi so ket' })
    expect(r.hits[0]?.id).toBe('sk')
  })

  it('keeps the stop words the reader typed inside the query phrase', async () => {
    const r = await engine.search({ q: 'chuyển đổi số trong cơ quan Đảng' })
    expect(r.hits[0]?.id).toBe('cds')
  })
})
