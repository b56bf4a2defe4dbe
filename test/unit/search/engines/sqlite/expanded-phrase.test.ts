// Two ranking rules found on the relevance set at 20,000 articles (issue 13 §1–§4, src/search/
// DESIGN.md): the whole query with an abbreviation spelled out is a phrase of its own ("BTV Đảng
// ủy Khối trao giải" is the sentence "Ban Thường vụ Đảng ủy Khối trao giải …"), because a NEAR
// group of words found in most rows scores next to nothing; and a document's signer is labelled
// ("Người ký: …"), so "ai ký …" (who signed) finds the signed document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { SearchDocument } from '@/search/types'

import { searchDoc } from '../../../../helpers/search-doc'

const doc = (id: string, d: Partial<SearchDocument>): SearchDocument =>
  searchDoc(id, { title: '', publishedAt: '2025-01-10T08:00:00+07:00', ...d })

// Newer documents numbered "…/ĐUK" holding every word of the first query scattered, and the
// words "ký" (as "kỳ họp") and "nghị quyết" for the second.
const newer = Array.from({ length: 8 }, (_, i) =>
  doc(`g${i}`, {
    kind: 'document',
    title: `Nghị quyết số ${100 + i}-NQ/ĐUK về công tác xây dựng Đảng`,
    body: `Ban Thường vụ Đảng ủy Khối đề ra giải pháp trong ${i + 2} kỳ họp. Các đơn vị trao Bằng khen.`,
    docNumber: `${100 + i}-NQ/ĐUK`,
    issuingBody: 'Ban Thường vụ Đảng ủy Khối',
    publishedAt: `2025-0${i + 1}-10T08:00:00+07:00`,
  }),
)

// Older reports holding the same words scattered, so that every word is in most rows.
const reports = Array.from({ length: 16 }, (_, i) =>
  doc(`n${i}`, {
    title: `Hội nghị sơ kết công tác quý ${(i % 4) + 1}`,
    body: 'Ban Thường vụ Đảng ủy Khối trao Bằng khen cho các tập thể và đề ra giải pháp trong thời gian tới.',
    publishedAt: `2022-0${(i % 9) + 1}-1${i % 10}T08:00:00+07:00`,
  }),
)

describe('sqlite-fts: expanded phrases and labelled signers', () => {
  const engine = new SqliteFtsEngine(':memory:', { resultCache: false })
  beforeAll(async () => {
    await engine.init()
    await engine.upsert([
      ...newer,
      ...reports,
      doc('thi', {
        title: 'Hội thi Bí thư chi bộ giỏi năm 2024',
        body: 'Ban Thường vụ Đảng ủy Khối trao giải nhất cho Chi bộ Sở Tư pháp.',
        publishedAt: '2024-10-20T08:00:00+07:00',
      }),
      doc('nq12', {
        kind: 'document',
        title: 'Toàn văn Nghị quyết số 12-NQ/ĐUK về chuyển đổi số trong các cơ quan',
        body: 'Nghị quyết xác định ba nhóm nhiệm vụ trọng tâm.',
        docNumber: '12-NQ/ĐUK',
        issuingBody: 'Ban Thường vụ Đảng ủy Khối',
        signer: 'Lương Thế Khiêm',
        publishedAt: '2023-11-15T08:00:00+07:00',
      }),
    ])
  })
  afterAll(() => engine.close())

  it('ranks the text that says the query with its abbreviation spelled out first', async () => {
    const r = await engine.search({ q: 'BTV Đảng ủy Khối trao giải' })
    expect(r.hits.length).toBeGreaterThan(1)
    expect(r.hits[0]?.id).toBe('thi')
  })

  it('answers who signed a document with the document that names its signer', async () => {
    const r = await engine.search({ q: 'ai ký nghị quyết 12-NQ/ĐUK' })
    expect(r.hits[0]?.id).toBe('nq12')
    expect(r.unusedWords).toEqual(['ai'])
  })
})
