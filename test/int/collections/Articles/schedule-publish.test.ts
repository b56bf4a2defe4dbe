import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { pollUntil } from '../../../helpers/poll'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let editor: User
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
const schedule = (
  article: Article,
  user: User,
  at: Date,
  type: 'publish' | 'unpublish' = 'publish',
) =>
  t.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'articles', value: article.id },
      user: { relationTo: 'users', value: user.id },
    },
    waitUntil: at,
  })

const status = async (id: string) =>
  (await t.payload.findByID({ collection: 'articles', id, overrideAccess: true, draft: true }))
    ._status

const jobById = (id: string | number) =>
  t.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, disableErrors: true })

/**
 * Waits for the cron runner to finish a job. Payload deletes a job that completes, and keeps a
 * failed one with `hasError`: so 'completed' means it ran without error, else the failed job.
 */
const finished = (id: string | number) =>
  pollUntil(
    async () => {
      const job = await jobById(id)
      if (!job) return 'completed' as const
      return job.hasError ? job : null
    },
    20_000,
    `job ${id} to finish`,
  )

/** Payload's access refusal, or the stage table's own message (only approvers publish). */
const REFUSED = /Bạn không có quyền thực hiện lệnh này|lãnh đạo duyệt bài/u

const published = (title: string): Promise<Article> =>
  t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'published', createdBy: reporter.id },
    overrideAccess: true,
  })

beforeAll(async () => {
  // The cron runner of the real server, ticking every second.
  t = await bootPayload('schedule', { cron: true, env: { JOBS_CRON: '* * * * * *' } })
  editor = await createUser(t.payload, 'editor')
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
    const laterJob = await schedule(later, approver, new Date(Date.now() + 24 * 3600_000))
    const soonJob = await schedule(soon, approver, new Date(Date.now() + 1500))
    expect(await status(soon.id)).toBe('draft')
    // The job completed without an error flag, and did what it was queued for.
    expect(await finished(soonJob.id)).toBe('completed')
    const after = await t.payload.findByID({
      collection: 'articles',
      id: soon.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(after._status).toBe('published')
    expect(after.publishedAt).toBeTruthy()
    // The stage follows: published by the approver who scheduled it.
    expect(after.stage).toBe('published')
    expect(after.stageHistory?.at(-1)).toMatchObject({
      from: 'approval',
      to: 'published',
      by: approver.id,
    })
    // The job for tomorrow has not run.
    expect(await status(later.id)).toBe('draft')
    const waiting = await jobById(laterJob.id)
    expect(waiting?.completedAt ?? null).toBeNull()
    expect(waiting?.hasError).toBe(false)
  })

  it('unpublishes at the scheduled time when an approver scheduled it, to "Gỡ bài" with a reason', async () => {
    const article = await published('Gỡ bài theo lịch')
    expect(await status(article.id)).toBe('published')
    expect(
      await finished(
        (await schedule(article, approver, new Date(Date.now() + 1000), 'unpublish')).id,
      ),
    ).toBe('completed')
    expect(await status(article.id)).toBe('draft')
    const after = await t.payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
    })
    expect(after.stage).toBe('unpublished')
    expect(after.stageHistory?.at(-1)?.reason).toBeTruthy()
    // Gone for anonymous readers too.
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { id: { equals: article.id } },
      overrideAccess: false,
    })
    expect(docs).toEqual([])
  })

  for (const who of ['reporter', 'editor'] as const) {
    it(`refuses a ${who}\u2019s scheduled unpublishing: the job fails, the article stays`, async () => {
      const article = await published(`Hẹn gỡ bài (${who})`)
      const user = who === 'reporter' ? reporter : editor
      const job = await finished(
        (await schedule(article, user, new Date(Date.now() - 1000), 'unpublish')).id,
      )
      expect(job).not.toBe('completed')
      expect(JSON.stringify(job)).toMatch(REFUSED)
      expect(await status(article.id)).toBe('published')
    })
  }

  it('runs as the scheduling user, so a reporter\u2019s schedule never publishes', async () => {
    const own = await draft('Phóng viên tự hẹn giờ', reporter)
    const job = await finished((await schedule(own, reporter, new Date(Date.now() - 1000))).id)
    // It failed on access, not on something unrelated, and nothing was published.
    expect(job).not.toBe('completed')
    expect(JSON.stringify(job)).toMatch(REFUSED)
    expect(await status(own.id)).toBe('draft')
  })
})
