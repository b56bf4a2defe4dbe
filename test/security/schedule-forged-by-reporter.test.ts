// Attack: a stolen reporter account forges the admin's 'schedule-publish' server function (the
// request the "Hẹn giờ" drawer sends, a plain Next server-action POST). Payload's handler checks
// only that the caller may open the admin: with `deleteID` it deletes any scheduled publication
// (job ids are small consecutive numbers), so an approver's planned publication or unpublication
// silently never happens; with `doc` it queues a schedule on any article, which the desk then
// shows to everyone under "Đã lên lịch". Only someone who may publish the article (approvers and
// admins, within their categories) may schedule or cancel its publication.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { callServerFunction } from '../helpers/admin-server-function'
import { loginToken } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor } from '../helpers/users'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
const suffix = Date.now().toString(36)

let reporter: User
let approver: User
let reporterToken: string
let approverToken: string
let awaiting: Article

const DAY = 24 * 3600_000
/** A Date as React's server-action reply format carries it (what the drawer's Date becomes). */
const flightDate = (date: Date) => `$D${date.toISOString()}`

/** Exactly what the drawer queues for an approver. */
const approverSchedule = (article: Article) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: article.id },
      user: { relationTo: 'users', value: approver.id },
    },
    waitUntil: new Date(Date.now() + DAY),
  })

const jobExists = async (id: string | number) =>
  Boolean(
    await payload.findByID({
      collection: 'payload-jobs',
      id,
      overrideAccess: true,
      disableErrors: true,
    }),
  )

const schedulesOf = async (article: Article) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.value': { equals: article.id } },
        ],
      },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_API: '100000', RATE_LIMIT_LOGIN: '1000' })
  payload = server.payload
  reporter = await createUser(payload, 'reporter', `-sched${suffix}`)
  approver = await createUser(payload, 'approver', `-sched${suffix}`)
  const author = await createUser(payload, 'reporter', `-author${suffix}`)
  awaiting = await articleIn(payload, 'approval', author)
  reporterToken = await loginToken(server.url, reporter.email, passwordFor('reporter'))
  approverToken = await loginToken(server.url, approver.email, passwordFor('approver'))
}, 600_000)

afterAll(async () => {
  await server?.close()
})

describe("the 'schedule-publish' server function", () => {
  it("does not let a reporter cancel an approver's scheduled publication", async () => {
    const job = await approverSchedule(awaiting)
    const res = await callServerFunction(server.url, reporterToken, 'schedule-publish', {
      deleteID: job.id,
    })
    expect(res.status).toBe(200)
    expect(await jobExists(job.id)).toBe(true)
  })

  it('does not let a reporter schedule the publication of an article', async () => {
    const before = (await schedulesOf(awaiting)).length
    await callServerFunction(server.url, reporterToken, 'schedule-publish', {
      type: 'publish',
      doc: { relationTo: 'articles', value: awaiting.id },
      date: flightDate(new Date(Date.now() + 2 * DAY)),
    })
    expect((await schedulesOf(awaiting)).length).toBe(before)
  })

  it('still lets the approver move their schedule (the same request, allowed)', async () => {
    const job = await approverSchedule(awaiting)
    const res = await callServerFunction(server.url, approverToken, 'schedule-publish', {
      deleteID: job.id,
      type: 'publish',
      doc: { relationTo: 'articles', value: awaiting.id },
      date: flightDate(new Date(Date.now() + 3 * DAY)),
    })
    expect(res.status).toBe(200)
    expect(await jobExists(job.id)).toBe(false)
    const mine = (await schedulesOf(awaiting)).filter(
      (j) => (j.input as { user?: { value?: unknown } }).user?.value === approver.id,
    )
    expect(mine.some((j) => j.waitUntil && Date.parse(j.waitUntil) > Date.now() + 2.5 * DAY)).toBe(
      true,
    )
  })
})
