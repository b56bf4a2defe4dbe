// Exhausted index jobs as staff and monitors see them on the production server: the admin
// dashboard's notice (editors and admins only) and /healthz.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INDEX_TASK } from '@/search/sync/index-task-slug'

import { startProductionServer } from '../../helpers/production-server'
import { type Staff, staffMember } from '../../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let editor: Staff
let reporter: Staff

const dashboard = async (staff: Staff) => {
  const res = await fetch(`${server.url}/admin`, {
    headers: { Authorization: `JWT ${staff.token}` },
  })
  expect(res.status).toBe(200)
  return res.text()
}

const NOTICE = 'Tìm kiếm chưa đồng bộ'

beforeAll(async () => {
  server = await startProductionServer({ JOBS_AUTORUN: 'false' })
  editor = await staffMember(server.payload, server.url, 'editor')
  reporter = await staffMember(server.payload, server.url, 'reporter')
})

afterAll(async () => {
  await server?.close()
})

describe('exhausted index jobs', () => {
  it('are announced to editors on the dashboard and make /healthz degraded', async () => {
    expect(await dashboard(editor)).not.toContain(NOTICE)
    const healthy = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string }
    expect(healthy.status).toBe('ok')

    // What the queue leaves after the last failed attempt.
    await server.payload.create({
      collection: 'payload-jobs',
      data: {
        taskSlug: INDEX_TASK,
        input: { id: 'an-article-id' },
        queue: 'default',
        hasError: true,
        totalTried: 11,
        error: { message: 'engine unreachable' },
      },
      overrideAccess: true,
    })

    const html = await dashboard(editor)
    expect(html).toContain(NOTICE)
    expect(html).toContain('1 yêu cầu cập nhật chỉ mục tìm kiếm đã thất bại')
    expect(await dashboard(reporter)).not.toContain(NOTICE)

    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      status: 'degraded',
      database: 'ok',
      search: { engine: 'ok', pendingJobs: 0, failedJobs: 1 },
    })
  })
})
