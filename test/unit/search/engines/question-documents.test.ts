// Answered questions (collections/Questions) share the search index with articles as documents
// of kind `question`: both engines (the embedded one and Meilisearch, through the offline fake)
// must find them by their question and answer, without diacritics, filter them by kind, link
// them to /hoi-dap/<id>, and drop them again.
import { describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { questionToSearchDocument } from '@/search/sync/question-document'
import type { SearchEngine } from '@/search/types'

import { ARTICLES } from '../../../fixtures/search/articles'
import { useFakeMeilisearch } from './meilisearch/fake-server'

const { engine: meili } = useFakeMeilisearch()

const ID = '0f9d3c1e-5b2a-4c7d-9e8f-1a2b3c4d5e6f'
const question = questionToSearchDocument({
  id: ID,
  name: 'Trần Quốc Bảo',
  contact: 'bimat@vidu.vn',
  topic: 'Công tác đảng viên',
  title: null,
  question: 'Thủ tục chuyển sinh hoạt đảng chính thức khi đổi cơ quan công tác?',
  status: 'published',
  answer:
    'Đảng viên nộp giấy giới thiệu sinh hoạt đảng cho cấp ủy nơi đến trong thời hạn quy định.',
  answeredBy: 'Ban Tổ chức Đảng ủy Khối',
  answeredAt: '2026-11-20T03:00:00.000Z',
  createdAt: '2026-11-18T03:00:00.000Z',
  updatedAt: '2026-11-20T03:00:00.000Z',
})

async function check(engine: SearchEngine) {
  await engine.init()
  await engine.upsert([...ARTICLES, question])
  const folded = await engine.search({ q: 'chuyen sinh hoat dang', limit: 50 })
  const hit = folded.hits.find((h) => h.id === ID)
  expect(hit).toMatchObject({ kind: 'question', slug: ID })
  // Words only the answer holds find it too.
  expect((await engine.search({ q: 'giấy giới thiệu' })).hits.map((h) => h.id)).toContain(ID)
  const onlyQuestions = await engine.search({ q: 'đảng', kind: 'question', limit: 50 })
  expect(onlyQuestions.hits.map((h) => h.id)).toEqual([ID])
  expect(JSON.stringify(folded)).not.toContain('bimat@vidu.vn')
  await engine.remove([ID])
  expect((await engine.search({ q: 'chuyen sinh hoat dang' })).hits.map((h) => h.id)).not.toContain(
    ID,
  )
  await engine.close()
}

describe('answered questions in the search index', () => {
  it('are indexed without the contact, with the answer as body', () => {
    expect(question).toMatchObject({
      url: `/hoi-dap/${ID}`,
      kind: 'question',
      authors: ['Ban Tổ chức Đảng ủy Khối'],
      publishedAt: '2026-11-20T03:00:00.000Z',
    })
    expect(question.title).toBe(
      'Thủ tục chuyển sinh hoạt đảng chính thức khi đổi cơ quan công tác?',
    )
    expect(JSON.stringify(question)).not.toContain('bimat@vidu.vn')
  })

  it('are found, filtered and removed by the embedded engine', async () => {
    await check(new SqliteFtsEngine(':memory:'))
  })

  it('are found, filtered and removed through Meilisearch (offline fake)', async () => {
    await check(meili())
  })
})
