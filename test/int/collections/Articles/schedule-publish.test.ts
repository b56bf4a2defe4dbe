import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { pollUntil } from '../../../helpers/poll'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let editor: User
let reporter: User

const draft = (title: string, owner: User): Promise<Article> =>
  t.payload.create({
    collection: 'articles',
    data: { title, createdBy: owner.id },
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
  editor = await createUser(t.payload, 'editor')
  reporter = await createUser(t.payload, 'reporter')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('scheduled publishing', () => {
  it('is executed by the job queue when its time comes, not before', async () => {
    const later = await draft('Hẹn giờ ngày mai', editor)
    const soon = await draft('Hẹn giờ vài giây nữa', editor)
    await schedule(later, editor, new Date(Date.now() + 24 * 3600_000))
    await schedule(soon, editor, new Date(Date.now() + 1500))
    expect(await status(soon.id)).toBe('draft')
    await pollUntil(
      async () => (await status(soon.id)) === 'published',
      20_000,
      'scheduled publish',
    )
    const published = await t.payload.findByID({
      collection: 'articles',
      id: soon.id,
      overrideAccess: true,
    })
    expect(published.publishedAt).toBeTruthy()
    expect(await status(later.id)).toBe('draft')
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
