// Attack: a stolen reporter account calls the take-over endpoint (POST /api/locks/taken-over,
// src/api/lock-taken-over.ts) with made-up global slugs. Each call wrote a lock row (Payload's own
// API lets only admins create locks), so a minute of the API's rate limit was enough to push a
// thousand of them in front of every real lock. Staff see locks only among the newest 1000
// (src/access/locked-documents.ts), so editors no longer saw who held an article: Payload's admin
// neither named the holder nor found the lock to take over, and its form state gave the editor a
// second lock beside the reporter's. Locks are written only for a document or global that exists.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { jsonCall, loginToken } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor } from '../helpers/users'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
const suffix = Date.now().toString(36)

let reporter: User
let editor: User
let reporterToken: string
let editorToken: string

beforeAll(async () => {
  server = await startProductionServer()
  payload = server.payload
  reporter = await createUser(payload, 'reporter', `-flood-${suffix}`)
  editor = await createUser(payload, 'editor', `-flood-${suffix}`)
  reporterToken = await loginToken(server.url, reporter.email, passwordFor('reporter'))
  editorToken = await loginToken(server.url, editor.email, passwordFor('editor'))
}, 600_000)

afterAll(async () => {
  await server?.close()
})

/** The locks on article `id` the editor is shown, as Payload's admin asks for them. */
const editorSees = async (id: string) => {
  const query = `where[document.relationTo][equals]=articles&where[document.value][equals]=${id}`
  const res = await jsonCall(
    server.url,
    editorToken,
    'GET',
    `/api/payload-locked-documents?${query}`,
  )
  expect(res.status).toBe(200)
  return (res.json.docs as unknown[]).length
}

describe('flooding the lock table through the take-over endpoint', () => {
  it('writes no lock for a made-up global, and editors keep seeing the real holder', async () => {
    const article = await articleIn(payload, 'editing', reporter)
    const id = String(article.id)
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: reporter.id },
      },
      overrideAccess: true,
    })
    expect(await editorSees(id)).toBe(1)

    // A thousand calls, within one minute of the API's rate limit (1200).
    const statuses: number[] = []
    for (let batch = 0; batch < 100; batch++) {
      const calls = Array.from({ length: 10 }, (_, i) =>
        jsonCall(
          server.url,
          reporterToken,
          'POST',
          `/api/locks/taken-over?global=flood-${suffix}-${batch * 10 + i}&from=${editor.id}`,
        ),
      )
      statuses.push(...(await Promise.all(calls)).map((res) => res.status))
    }
    expect(new Set(statuses)).toEqual(new Set([404]))
    const written = await payload.count({
      collection: 'payload-locked-documents',
      where: { globalSlug: { like: `flood-${suffix}` } },
      overrideAccess: true,
    })
    expect(written.totalDocs).toBe(0)
    expect(await editorSees(id)).toBe(1)
  }, 600_000)
})
