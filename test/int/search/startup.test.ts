// The start-up rebuild (src/search/startup.ts): a server that finds its search index empty
// while published articles exist (data/search.db deleted, a fresh Meilisearch) rebuilds it
// from the published articles on its own; a non-empty index is left alone.
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainJobs } from '@/cli/with-payload'
import { closeSearchEngine, getSearchEngine } from '@/search/engine'
import { prepareSearch } from '@/search/startup'

import { ARTICLES } from '../../fixtures/search/articles'
import { bootPayload, type TestPayload } from '../../helpers/payload'

let t: TestPayload
const published: string[] = []
let draftId = ''

const create = async (title: string, status: 'published' | 'draft') =>
  (
    await t.payload.create({
      collection: 'articles',
      data: { title, kind: 'news', _status: status, sapo: 'Tóm tắt bài viết thử nghiệm.' },
      draft: status === 'draft',
      overrideAccess: true,
      depth: 0,
    })
  ).id

const searchIds = async (q: string) =>
  (await (await getSearchEngine()).search({ q, limit: 50 })).hits.map((h) => h.id)

beforeAll(async () => {
  t = await bootPayload('search-startup')
  published.push(await create('Hội thảo khoa học về lịch sử Đảng bộ tỉnh', 'published'))
  published.push(await create('Tổng kết phong trào thi đua yêu nước năm nay', 'published'))
  draftId = await create('Bản nháp chưa xuất bản về hội thảo khoa học', 'draft')
  await drainJobs(t.payload)
})

afterAll(async () => {
  await closeSearchEngine()
  await t?.cleanup()
})

describe('search index at server start', () => {
  it('is rebuilt from the published articles when it was deleted', async () => {
    expect((await searchIds('hội thảo khoa học')).sort()).toEqual([published[0]])
    // What an operator does by deleting data/search.db while the server is stopped.
    await closeSearchEngine()
    const file = (process.env.SEARCH_INDEX_URL ?? '').replace(/^file:/, '')
    expect(path.isAbsolute(file)).toBe(true)
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    expect(await (await getSearchEngine()).count()).toBe(0)

    await prepareSearch(t.payload)

    const engine = await getSearchEngine()
    expect(await engine.count()).toBe(published.length)
    expect(await searchIds('hội thảo khoa học')).toEqual([published[0]])
    expect(await searchIds('thi đua yêu nước')).toEqual([published[1]])
    expect(await searchIds('bản nháp')).not.toContain(draftId)
  })

  it('leaves a non-empty index alone (no rebuild at every start)', async () => {
    const engine = await getSearchEngine()
    // A document only the index knows about: a rebuild from the database would drop it.
    const marker = { ...ARTICLES[0]!, id: 'only-in-index', slug: 'only-in-index' }
    await engine.upsert([marker])
    const before = await engine.count()
    await prepareSearch(t.payload)
    expect(await engine.count()).toBe(before)
    expect(await searchIds(marker.title)).toContain('only-in-index')
    await engine.remove(['only-in-index'])
  })
})
