import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { pollUntil } from '../../../helpers/poll'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let approver: User
let reporter: User

/** A reporter's draft, already forwarded by an editor to the approver ("Chờ duyệt đăng"). */
const draft = (title: string, owner: User): Promise<Article> =>
  t.payload.create({
    collection: 'articles',
    data: { title, createdBy: owner.id, stage: 'approval' },
    draft: true,
    overrideAccess: true,
  })

/** Queues exactly what the admin's "schedule publish" drawer queues. */
const schedule = (article: Article, user: User, at: Date) =>
  t.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: article.id },
      user: { relationTo: 'users', value: user.id },
    },
    waitUntil: at,
  })

const status = async (id: string) =>
  (await t.payload.findByID({ collection: 'articles', id, overrideAccess: true, draft: true }))
    ._status

beforeAll(async () => {
  // The cron runner of the real server, ticking every second.
  t = await bootPayload('schedule', { cron: true, env: { JOBS_CRON: '* * * * * *' } })
  approver = await createUser(t.payload, 'approver')
  reporter = await createUser(t.payload, 'reporter')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('scheduled publishing', () => {
  it('is executed by the job queue when its time comes, not before', async () => {
    const later = await draft('Hẹn giờ ngày mai', reporter)
    const soon = await draft('Hẹn giờ vài giây nữa', reporter)
    await schedule(later, approver, new Date(Date.now() + 24 * 3600_000))
    await schedule(soon, approver, new Date(Date.now() + 1500))
    expect(await status(soon.id)).toBe('draft')
    await pollUntil(
      async () => (await status(soon.id)) === 'published',
      20_000,
      'scheduled publish',
    )
    const published = await t.payload.findByID({
      collection: 'articles',
      id: soon.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(published.publishedAt).toBeTruthy()
    // The stage follows: published by the approver who scheduled it.
    expect(published.stage).toBe('published')
    expect(published.stageHistory?.at(-1)).toMatchObject({
      from: 'approval',
      to: 'published',
      by: approver.id,
    })
    expect(await status(later.id)).toBe('draft')
  })

  it('a scheduled unpublish moves a live article to "Gỡ bài" with a reason', async () => {
    const live = await t.payload.create({
      collection: 'articles',
      data: { title: 'Gỡ theo lịch', kind: 'news', createdBy: reporter.id, _status: 'published' },
      draft: false,
      overrideAccess: true,
    })
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'unpublish',
        doc: { relationTo: 'articles', value: live.id },
        user: { relationTo: 'users', value: approver.id },
      },
      waitUntil: new Date(Date.now() + 500),
    })
    await pollUntil(async () => (await status(live.id)) === 'draft', 20_000, 'scheduled unpublish')
    const after = await t.payload.findByID({
      collection: 'articles',
      id: live.id,
      overrideAccess: true,
    })
    expect(after.stage).toBe('unpublished')
    expect(after.stageHistory?.at(-1)?.reason).toBeTruthy()
  })

  it('runs as the scheduling user, so a reporter\u2019s schedule never publishes', async () => {
    const own = await draft('Phóng viên tự hẹn giờ', reporter)
    const job = await schedule(own, reporter, new Date(Date.now() - 1000))
    await pollUntil(
      async () => {
        const j = await t.payload.findByID({
          collection: 'payload-jobs',
          id: job.id,
          overrideAccess: true,
        })
        return j.hasError || j.completedAt ? j : null
      },
      20_000,
      'reporter job to finish',
    )
    expect(await status(own.id)).toBe('draft')
  })
})
