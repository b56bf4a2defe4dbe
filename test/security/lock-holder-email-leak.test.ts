// Attack: a stolen reporter account lists Payload's document locks (REST or GraphQL) and reads
// who is editing which document, with the holder's e-mail: a map of who works on what, drafts
// it cannot open included, and the staff's addresses for phishing. Locks may be read only for
// documents the caller can edit themselves (and their own locks), and a lock never carries
// another person's e-mail: the holder's name is what Payload's "being edited by" dialog needs.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { jsonCall, loginToken } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../helpers/users'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
const suffix = Date.now().toString(36)
const LOCKS = '/api/payload-locked-documents'

let holder: User
let reporterToken: string
let editorToken: string
let scopedToken: string
let adminToken: string
let othersDraft: Article
let ownDraft: Article
let lockOnOthers: string
let lockOnOwn: string

const login = async (role: TestRole, tag: string, categories?: string[]) => {
  const user = await createUser(payload, role, `-${tag}${suffix}`, { categories })
  return { user, token: await loginToken(server.url, user.email, passwordFor(role)) }
}

const lock = async (article: Article, user: User) =>
  String(
    (
      await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'articles', value: article.id },
          user: { relationTo: 'users', value: user.id },
        },
        overrideAccess: true,
      })
    ).id,
  )

const listIds = async (token: string) => {
  const res = await jsonCall(server.url, token, 'GET', `${LOCKS}?limit=100&depth=1`)
  expect(res.status).toBe(200)
  return {
    ids: (res.json.docs as Array<{ id: string }>).map((d) => String(d.id)),
    raw: JSON.stringify(res.json),
  }
}

const graphql = async (token: string) => {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      query: `{ PayloadLockedDocuments(limit: 100) { docs { id user { value { ... on User { id email name } } } } } }`,
    }),
  })
  const text = await res.text()
  const body = JSON.parse(text) as {
    data?: { PayloadLockedDocuments?: { docs: Array<{ id: string }> } | null }
  }
  return { ids: (body.data?.PayloadLockedDocuments?.docs ?? []).map((d) => String(d.id)), text }
}

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_API: '100000', RATE_LIMIT_LOGIN: '1000' })
  payload = server.payload
  const politics = await payload.create({
    collection: 'categories',
    data: { title: `Chính trị ${suffix}` },
    overrideAccess: true,
  })
  const economy = await payload.create({
    collection: 'categories',
    data: { title: `Kinh tế ${suffix}` },
    overrideAccess: true,
  })
  holder = await createUser(payload, 'editor', `-holder${suffix}`)
  await payload.update({
    collection: 'users',
    id: holder.id,
    data: { name: 'Biên tập viên Giữ Khóa' },
    overrideAccess: true,
  })
  const reporter = await login('reporter', 'rep')
  reporterToken = reporter.token
  editorToken = (await login('editor', 'ed')).token
  scopedToken = (await login('editor', 'scoped', [String(economy.id)])).token
  adminToken = (await login('admin', 'adm')).token
  const otherReporter = await createUser(payload, 'reporter', `-other${suffix}`)
  othersDraft = await articleIn(payload, 'editing', otherReporter, {
    categories: [politics.id],
  })
  ownDraft = await articleIn(payload, 'writing', reporter.user, { categories: [politics.id] })
  lockOnOthers = await lock(othersDraft, holder)
  lockOnOwn = await lock(ownDraft, holder)
})

afterAll(async () => {
  await server?.close()
})

describe('document locks', () => {
  it('hides from a reporter the locks on documents the reporter cannot edit', async () => {
    const list = await listIds(reporterToken)
    expect(list.ids).not.toContain(lockOnOthers)
    const byId = await jsonCall(server.url, reporterToken, 'GET', `${LOCKS}/${lockOnOthers}`)
    expect([403, 404]).toContain(byId.status)
    expect(JSON.stringify(byId.json)).not.toContain(holder.email)
    const byQuery = await jsonCall(
      server.url,
      reporterToken,
      'GET',
      `${LOCKS}?where[document.value][equals]=${othersDraft.id}&depth=1`,
    )
    expect(byQuery.json.docs).toEqual([])
    const gql = await graphql(reporterToken)
    expect(gql.ids).not.toContain(lockOnOthers)
    expect(gql.text).not.toContain(holder.email)
  })

  it('shows a reporter the lock on their own draft, named, without the e-mail', async () => {
    const list = await listIds(reporterToken)
    expect(list.ids).toContain(lockOnOwn)
    expect(list.raw).toContain('Biên tập viên Giữ Khóa')
    expect(list.raw).not.toContain(holder.email)
  })

  it('shows an editor who holds a document by name, never by e-mail (REST and GraphQL)', async () => {
    const list = await listIds(editorToken)
    expect(list.ids).toContain(lockOnOthers)
    expect(list.raw).toContain('Biên tập viên Giữ Khóa')
    expect(list.raw).not.toContain(holder.email)
    const gql = await graphql(editorToken)
    expect(gql.ids).toContain(lockOnOthers)
    expect(gql.text).not.toContain(holder.email)
  })

  it('hides from an editor limited to other categories the locks there', async () => {
    const list = await listIds(scopedToken)
    expect(list.ids).not.toContain(lockOnOthers)
    expect(list.raw).not.toContain(holder.email)
  })

  it('lets a reporter neither take over, release nor forge a lock on another’s document', async () => {
    const reporter = await payload.find({
      collection: 'users',
      where: { email: { equals: `reporter-rep${suffix}@test.vn` } },
      overrideAccess: true,
    })
    const me = reporter.docs[0]!.id
    const take = await jsonCall(server.url, reporterToken, 'PATCH', `${LOCKS}/${lockOnOthers}`, {
      user: { relationTo: 'users', value: me },
    })
    expect([403, 404]).toContain(take.status)
    const release = await jsonCall(server.url, reporterToken, 'DELETE', `${LOCKS}/${lockOnOthers}`)
    expect([403, 404]).toContain(release.status)
    const still = await payload.findByID({
      collection: 'payload-locked-documents',
      id: lockOnOthers,
      overrideAccess: true,
      depth: 0,
    })
    expect((still.user as { value: unknown }).value).toBe(holder.id)
    const forged = await jsonCall(server.url, reporterToken, 'POST', LOCKS, {
      document: { relationTo: 'articles', value: othersDraft.id },
      user: { relationTo: 'users', value: me },
    })
    expect([401, 403]).toContain(forged.status)
  })

  it('still lets an editor take over a lock (Payload’s "Take over")', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: `editor-ed${suffix}@test.vn` } },
      overrideAccess: true,
    })
    const me = docs[0]!.id
    const take = await jsonCall(server.url, editorToken, 'PATCH', `${LOCKS}/${lockOnOthers}`, {
      user: { relationTo: 'users', value: me },
    })
    expect(take.status).toBe(200)
    const admin = await listIds(adminToken)
    expect(admin.ids).toContain(lockOnOthers)
    expect(admin.raw).not.toContain(holder.email)
  })
})
