// An outage longer than the index jobs' retry window, and changes whose job was never written
// (MongoDB without transactions): reconciliation must bring the index back to the published set.
import type { Server } from 'node:http'

import express from 'express'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { drainJobs } from '@/cli/with-payload'
import { SearchSyncNotice } from '@/components/admin/SearchSyncNotice'
import type { Article, User } from '@/payload-types'
import { closeSearchEngine, getSearchEngine } from '@/search/engine'
import { countIndexJobs, PENDING } from '@/search/sync/index-jobs'
import { reconcileSearchIndex } from '@/search/sync/reconcile'
import { scheduleReconciliation } from '@/search/sync/reconcile-schedule'
import { loadReconcileState } from '@/search/sync/reconcile-state'
import { healthRoute } from '@/server/health'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { searchDoc } from '../../helpers/search-doc'
import { breakSearchEngine, indexedIds, publishedIds } from '../../helpers/search-outage'
import { createUser } from '../../helpers/users'

// A retry window of milliseconds instead of 17 minutes: 2 retries, 1 ms doubling. Set before any
// module reads it (the index task reads it when the config is loaded).
vi.hoisted(() => {
  process.env.SEARCH_INDEX_ATTEMPTS = '2'
  process.env.SEARCH_INDEX_RETRY_DELAY_MS = '1'
})

let t: TestPayload
let editor: User
let approver: User
let reporter: User
let server: Server
let healthUrl: string

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const runJobs = () => drainJobs(t.payload)
const hitIds = async (q: string) =>
  (await (await getSearchEngine()).search({ q, limit: 50 })).hits.map((h) => h.id)

const publish = (title: string, extra: Partial<Article> = {}) =>
  t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'published', ...extra },
    overrideAccess: true,
    depth: 0,
  })

interface Health {
  status: string
  search: {
    engine: string
    pendingJobs: number
    failedJobs: number
    lastReconciledAt: string | null
  } | null
}

async function health(): Promise<{ code: number; body: Health }> {
  const res = await fetch(healthUrl)
  return { code: res.status, body: (await res.json()) as Health }
}

/** Runs jobs (and waits out their backoff) until `done` holds or 60 s pass. */
async function until(done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await runJobs()
    await sleep(20)
  }
}

beforeAll(async () => {
  t = await bootPayload('search-reconcile')
  editor = await createUser(t.payload, 'editor')
  approver = await createUser(t.payload, 'approver')
  reporter = await createUser(t.payload, 'reporter')
  const app = express()
  app.get('/healthz', healthRoute(t.payload))
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s))
  })
  const address = server.address()
  healthUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/healthz`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await closeSearchEngine()
  await t?.cleanup()
})

describe('an outage longer than the retry window', () => {
  it('reports exhausted jobs and repairs them automatically once the engine is back', async () => {
    const toUnpublish = await publish('Hội nghị sơ kết công tác dân vận khéo')
    const toDelete = await publish('Hội nghị sơ kết công tác tuyên giáo')
    const toEdit = await publish('Hội nghị sơ kết công tác kiểm tra')
    await runJobs()
    expect(await indexedIds()).toEqual(await publishedIds(t.payload))
    expect((await health()).body.status).toBe('ok')

    const outage = await breakSearchEngine()
    const fresh = [
      await publish('Đại hội Chi bộ Sở Nội vụ nhiệm kỳ mới'),
      await publish('Đại hội Chi bộ Sở Tài chính nhiệm kỳ mới'),
    ]
    await t.payload.update({
      collection: 'articles',
      id: toUnpublish.id,
      data: { _status: 'draft' },
      user: approver,
      overrideAccess: false,
    })
    await t.payload.delete({ collection: 'articles', id: toDelete.id, overrideAccess: true })
    await t.payload.update({
      collection: 'articles',
      id: toEdit.id,
      data: { title: 'Hội nghị tổng kết công tác kiểm tra giám sát đảng viên' },
      overrideAccess: true,
    })

    // Every job runs out of attempts: the queue will never run them again.
    await until(async () => (await countIndexJobs(t.payload)).pendingJobs === 0)
    expect(await countIndexJobs(t.payload)).toEqual({ pendingJobs: 0, failedJobs: 5 })

    const during = await health()
    expect(during.code).toBe(200)
    expect(during.body.status).toBe('degraded')
    expect(during.body.search).toEqual({
      engine: 'unavailable',
      pendingJobs: 0,
      failedJobs: 5,
      lastReconciledAt: null,
    })
    const notice = renderToStaticMarkup(
      await SearchSyncNotice({ payload: t.payload, user: { ...editor, collection: 'users' } }),
    )
    expect(notice).toContain('5 yêu cầu cập nhật chỉ mục tìm kiếm đã thất bại')
    expect(notice).toContain('Máy tìm kiếm hiện không phản hồi')
    expect(
      await SearchSyncNotice({ payload: t.payload, user: { ...reporter, collection: 'users' } }),
    ).toBeNull()

    // Reconciling while the engine is still down changes nothing.
    expect((await reconcileSearchIndex(t.payload)).skipped).toBe('engine-down')
    expect((await countIndexJobs(t.payload)).failedJobs).toBe(5)

    // The engine returns; the periodic reconciliation (every 300 ms here) does the rest.
    outage.down = false
    const stop = scheduleReconciliation(t.payload, {
      ...process.env,
      JOBS_AUTORUN: 'true',
      SEARCH_RECONCILE_MINUTES: '0.005',
    })
    try {
      await until(async () => {
        const jobs = await countIndexJobs(t.payload)
        if (jobs.failedJobs > 0 || jobs.pendingJobs > 0) return false
        // The jobs it re-queued can finish before its own walk does, which records it.
        if (!(await loadReconcileState(t.payload))?.completedAt) return false
        return (await indexedIds()).join() === (await publishedIds(t.payload)).join()
      })
    } finally {
      stop()
      outage.end()
    }
    const expected = [...fresh.map((a) => a.id), toEdit.id].sort()
    expect(await indexedIds()).toEqual(expected)
    expect(await hitIds('kiem tra giam sat dang vien')).toEqual([toEdit.id])
    expect((await hitIds('dai hoi chi bo nhiem ky moi')).sort()).toEqual(
      fresh.map((a) => a.id).sort(),
    )
    expect(await hitIds('dân vận khéo')).toEqual([])
    expect(await hitIds('tuyên giáo')).toEqual([])

    const after = await health()
    expect(after.body.status).toBe('ok')
    expect(after.body.search).toMatchObject({ engine: 'ok', pendingJobs: 0, failedJobs: 0 })
    expect(after.body.search?.lastReconciledAt).toEqual(expect.any(String))
    expect(
      await SearchSyncNotice({ payload: t.payload, user: { ...editor, collection: 'users' } }),
    ).toBeNull()
  })
})

describe('reconciliation without the job queue (a save whose job was never written)', () => {
  it('queues what the index lacks, holds stale or should not hold, page by page', async () => {
    const unpublished = await publish('Lễ kỷ niệm ngày thành lập Đoàn thanh niên')
    const edited = await publish('Tập huấn nghiệp vụ công tác văn phòng')
    await runJobs()
    expect(await indexedIds()).toEqual(await publishedIds(t.payload))

    const added = await publish('Hội thao công nhân viên chức khối cơ quan')
    await t.payload.update({
      collection: 'articles',
      id: edited.id,
      data: { title: 'Tập huấn chuyển đổi số cho cán bộ văn phòng' },
      overrideAccess: true,
    })
    await t.payload.update({
      collection: 'articles',
      id: unpublished.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    // As on MongoDB without transactions after a crash: the saves committed, their jobs did not.
    await t.payload.delete({ collection: 'payload-jobs', where: PENDING, overrideAccess: true })
    // And an entry that matches no article at all.
    const engine = await getSearchEngine()
    await engine.upsert([
      searchDoc('00000000-0000-4000-8000-000000000000', {
        slug: 'bai-ma',
        url: '/bai-viet/bai-ma',
        title: 'Bài không còn tồn tại',
        publishedAt: new Date().toISOString(),
      }),
    ])

    const first = await reconcileSearchIndex(t.payload, { pageSize: 2 })
    expect(first).toEqual({ requeuedFailed: 0, missing: 1, stale: 1, extra: 2, queued: 4 })
    // A second pass before the queue ran finds the same differences but queues nothing twice.
    expect((await reconcileSearchIndex(t.payload, { pageSize: 2 })).queued).toBe(0)
    expect((await countIndexJobs(t.payload)).pendingJobs).toBe(4)

    await runJobs()
    expect(await indexedIds()).toEqual(await publishedIds(t.payload))
    expect(await hitIds('chuyen doi so van phong')).toEqual([edited.id])
    expect(await hitIds('hội thao')).toEqual([added.id])
    expect(await hitIds('Đoàn thanh niên')).toEqual([])
    expect(await reconcileSearchIndex(t.payload, { pageSize: 2 })).toEqual({
      requeuedFailed: 0,
      missing: 0,
      stale: 0,
      extra: 0,
      queued: 0,
    })
  })
})

describe('one reconciler across processes', () => {
  it('does not run in a process started with JOBS_AUTORUN=false', async () => {
    const before = await loadReconcileState(t.payload)
    const stop = scheduleReconciliation(t.payload, {
      ...process.env,
      JOBS_AUTORUN: 'false',
      SEARCH_RECONCILE_MINUTES: '0.002',
    })
    await sleep(1000)
    stop()
    expect(await loadReconcileState(t.payload)).toEqual(before)
  })
})

describe('the event loop during a walk', () => {
  it('turns between pages, so requests are served while the archive is walked', async () => {
    for (const n of [1, 2, 3, 4]) await publish(`Hội nghị giao ban khối dân vận tháng ${n}`)
    await runJobs()
    const pages = Math.ceil((await publishedIds(t.payload)).length / 2)
    // The SQLite driver answers synchronously: without a turn between pages every await of the
    // walk resolves at once and nothing else (no request) runs until the last page is compared.
    let turns = 0
    let ticking = true
    const tick = () => {
      turns++
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    const report = await reconcileSearchIndex(t.payload, { pageSize: 2 })
    ticking = false
    expect(report).toEqual({ requeuedFailed: 0, missing: 0, stale: 0, extra: 0, queued: 0 })
    // One turn at least before each page of the articles and each page of the index.
    expect(turns).toBeGreaterThanOrEqual(2 * pages)
  })
})
