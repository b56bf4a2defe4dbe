/**
 * The schedule drawer's server function behind its publish check (src/access/schedule-publish-
 * guard.ts), called as the admin calls it: who may schedule and cancel which publication. The
 * forged HTTP request is test/security/schedule-forged-by-reporter.test.ts.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SCHEDULE_REFUSED, schedulePublishGuarded } from '@/access/schedule-publish-guard'
import type { Article, User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { articleIn } from '../../helpers/stages'
import { createUser } from '../../helpers/users'

let t: TestPayload
let payload: Payload
let reporter: User
let editor: User
let approver: User
let approverA: User
let inB: Article

const DAY = 24 * 3600_000

const call = async (user: User, args: Record<string, unknown>) => {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return schedulePublishGuarded({ ...args, req } as never) as Promise<{ error?: string }>
}

const queued = (article: Article, by: User) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'unpublish',
      doc: { relationTo: 'articles', value: article.id },
      user: { relationTo: 'users', value: by.id },
    },
    waitUntil: new Date(Date.now() + DAY),
  })

const exists = async (id: string | number) =>
  Boolean(
    await payload.findByID({
      collection: 'payload-jobs',
      id,
      overrideAccess: true,
      disableErrors: true,
    }),
  )

beforeAll(async () => {
  t = await bootPayload('schedule-publish-guard')
  payload = t.payload
  const category = (title: string) =>
    payload.create({ collection: 'categories', data: { title }, overrideAccess: true })
  const a = await category('Xây dựng Đảng')
  const b = await category('Kinh tế')
  reporter = await createUser(payload, 'reporter', '-spg')
  editor = await createUser(payload, 'editor', '-spg')
  approver = await createUser(payload, 'approver', '-spg')
  approverA = await createUser(payload, 'approver', '-spg-a', { categories: [String(a.id)] })
  inB = await articleIn(payload, 'published', reporter, { categories: [b.id] })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('schedule-publish, guarded', () => {
  it('refuses reporters and editors, scheduling or cancelling', async () => {
    const job = await queued(inB, approver)
    for (const who of [reporter, editor]) {
      expect(await call(who, { deleteID: job.id })).toEqual({ error: SCHEDULE_REFUSED })
      expect(
        await call(who, {
          type: 'unpublish',
          doc: { relationTo: 'articles', value: inB.id },
          date: new Date(Date.now() + DAY),
        }),
      ).toEqual({ error: SCHEDULE_REFUSED })
    }
    expect(await exists(job.id)).toBe(true)
  })

  it("refuses an approver outside the article's categories", async () => {
    const job = await queued(inB, approver)
    expect(await call(approverA, { deleteID: job.id })).toEqual({ error: SCHEDULE_REFUSED })
    expect(await exists(job.id)).toBe(true)
  })

  it('refuses a call that names nothing, or a job that is not a schedule', async () => {
    expect(await call(approver, { type: 'publish' })).toEqual({ error: SCHEDULE_REFUSED })
    expect(await call(approver, { deleteID: 987654 })).toEqual({ error: SCHEDULE_REFUSED })
  })

  it('lets an approver who may publish it cancel and schedule', async () => {
    const job = await queued(inB, approver)
    const res = await call(approver, {
      deleteID: job.id,
      type: 'unpublish',
      doc: { relationTo: 'articles', value: inB.id },
      date: new Date(Date.now() + 2 * DAY),
    })
    expect(res.error).toBeUndefined()
    expect(await exists(job.id)).toBe(false)
  })
})
