// A command (`cms import`, `cms seed`…) drains the search index jobs its writes queued, and
// nothing else: a scheduled publish or a notification email drained by a command at the moment
// the server's runner takes it too would run twice, as claims are not exclusive on SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainJobs, withPayload } from '@/cli/with-payload'
import { SEND_EMAIL_TASK } from '@/jobs/send-notification-email'
import { getSearchEngine } from '@/search/engine'
import { INDEX_TASK } from '@/search/sync/index-task-slug'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { createUser } from '../../helpers/users'

let t: TestPayload

beforeAll(async () => {
  t = await bootPayload('cli-drain')
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

const queued = async (taskSlug: string) =>
  (
    await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: taskSlug }, hasError: { not_equals: true } },
      overrideAccess: true,
      depth: 0,
    })
  ).totalDocs

describe('a command’s drain', () => {
  it('runs the index jobs and leaves a due scheduled publish and an e-mail to the server', async () => {
    const admin = await createUser(t.payload, 'admin', '-drain')
    const draft = await t.payload.create({
      collection: 'articles',
      data: { title: 'Bài hẹn giờ zqxdrain', kind: 'news', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      queue: 'default',
      waitUntil: new Date(Date.now() - 60_000),
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: admin.id },
      },
    })
    await t.payload.jobs.queue({
      task: SEND_EMAIL_TASK,
      queue: 'default',
      input: {
        to: admin.email,
        subject: 'Thông báo zqxdrain',
        text: 'Nội dung',
        html: '<p>Nội dung</p>',
      },
    })
    await t.payload.create({
      collection: 'articles',
      data: { title: 'Bài đã đăng zqxdrain', kind: 'news', _status: 'published' },
      overrideAccess: true,
    })
    expect(await queued(INDEX_TASK)).toBeGreaterThan(0)

    await withPayload(async () => undefined)

    expect(await queued(INDEX_TASK)).toBe(0)
    const engine = await getSearchEngine()
    const found = await engine.search({ q: 'zqxdrain', limit: 10 })
    expect(found.hits.map((h) => h.title)).toEqual(['Bài đã đăng zqxdrain'])
    expect(await queued('schedulePublish')).toBe(1)
    expect(await queued(SEND_EMAIL_TASK)).toBe(1)
    const still = await t.payload.findByID({ collection: 'articles', id: draft.id, depth: 0 })
    expect(still._status).toBe('draft')

    // The job was due all along: the server's runner (a drain of everything) publishes it.
    await drainJobs(t.payload)
    expect(await queued('schedulePublish')).toBe(0)
    expect(await queued(SEND_EMAIL_TASK)).toBe(0)
    const published = await t.payload.findByID({ collection: 'articles', id: draft.id, depth: 0 })
    expect(published._status).toBe('published')
  }, 120_000)
})
