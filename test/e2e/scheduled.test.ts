import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, apiLogin, getPage, visible } from '../helpers/e2e/api'
import { pollUntil, timeUntil } from '../helpers/poll'

let payload: Payload

beforeAll(async () => {
  // A second Payload on the server's SQLite file, only to queue the job the way the admin's
  // "Lịch xuất bản" does; the job itself runs in the server process.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('scheduled publishing', () => {
  it('shows an article published by the job queue, run as the approver who scheduled it', async () => {
    const { token: editorToken } = await apiLogin('editor')
    const { token, userId } = await apiLogin('approver')
    const title = 'Kiểm thử lịch xuất bản tự động'
    // The editor files the piece and forwards it: it waits for the approver ("Chờ duyệt đăng").
    const { doc } = await api<{ doc: { id: string; slug: string } }>(
      '/api/articles?draft=true',
      editorToken,
      {
        method: 'POST',
        body: { title, kind: 'news', _status: 'draft', stage: 'editing' },
      },
    )
    await api(`/api/articles/${doc.id}?draft=true`, editorToken, {
      method: 'PATCH',
      body: { stage: 'approval' },
    })
    await getPage('/')
    expect((await getPage('/')).cache).toBe('HIT')
    // Exactly what the admin's schedule drawer queues: with the scheduling user, so the job
    // runs under that user's access rules (without one, Payload skips access altogether).
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      queue: 'default',
      waitUntil: new Date(Date.now() - 1000),
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: doc.id },
        user: { relationTo: 'users', value: userId },
      },
    })
    // The server's job runner polls every 10 s; asking it to run now keeps the test short.
    await api('/api/payload-jobs/run?queue=default', token)
    // Payload deletes a job that succeeded and keeps a failed one with hasError.
    const outcome = await pollUntil(
      async () => {
        const found = await payload.findByID({
          collection: 'payload-jobs',
          id: job.id,
          overrideAccess: true,
          disableErrors: true,
        })
        if (!found) return 'completed'
        return found.hasError ? JSON.stringify(found.log ?? found.error) : null
      },
      30_000,
      'the scheduled publish job to finish',
    )
    expect(outcome).toBe('completed')
    await timeUntil('scheduled publish visible on the site', async () => {
      const [article, home] = await Promise.all([getPage(`/bai-viet/${doc.slug}`), getPage('/')])
      return article.status === 200 && visible(home.html).includes(title)
    })
  })
})
