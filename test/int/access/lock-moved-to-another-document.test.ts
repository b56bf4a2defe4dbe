import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Page, User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../helpers/api-server'
import { jsonCall, loginToken } from '../../helpers/http'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { articleIn } from '../../helpers/stages'
import { createUser, passwordFor } from '../../helpers/users'

/*
 * Review finding (src/access/locked-documents.ts): update access on a lock checks who may edit
 * the document the lock is on now, and that the holder stays the caller, but not where the
 * update moves the lock. A reporter who holds a lock on their own draft (the admin takes one
 * whenever they open it) re-points it at a page they may not edit, and the page's editors are
 * then refused (423) until the lock expires or an admin takes it over.
 */
let t: TestPayload
let api: ApiServer
let reporter: User
let reporterToken: string
let approverToken: string
let page: Page
let lockId: string

beforeAll(async () => {
  t = await bootPayload('lock-moved')
  api = await startApiServer(t.payload.config)
  reporter = await createUser(t.payload, 'reporter')
  reporterToken = await loginToken(api.url, reporter.email, passwordFor('reporter'))
  const approver = await createUser(t.payload, 'approver')
  approverToken = await loginToken(api.url, approver.email, passwordFor('approver'))
  page = await t.payload.create({
    collection: 'pages',
    data: { title: 'Liên hệ', slug: 'lien-he', _status: 'published' },
    overrideAccess: true,
  })
  const own = await articleIn(t.payload, 'writing', reporter)
  const lock = await t.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'articles', value: own.id },
      user: { relationTo: 'users', value: reporter.id },
    },
    overrideAccess: true,
  })
  lockId = String(lock.id)
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe("a reporter's own lock", () => {
  it('cannot be moved onto a page the reporter may not edit', async () => {
    const moved = await jsonCall(
      api.url,
      reporterToken,
      'PATCH',
      `/api/payload-locked-documents/${lockId}`,
      { document: { relationTo: 'pages', value: page.id } },
    )
    const stored = await t.payload.findByID({
      collection: 'payload-locked-documents',
      id: lockId,
      depth: 0,
      overrideAccess: true,
    })
    const ref = stored.document as { relationTo: string } | null
    expect.soft(`${moved.status} ${ref?.relationTo}`).not.toBe('200 pages')
    const edit = await jsonCall(api.url, approverToken, 'PATCH', `/api/pages/${page.id}`, {
      title: 'Liên hệ (sửa)',
    })
    expect.soft(edit.status).toBe(200)
  })
})
