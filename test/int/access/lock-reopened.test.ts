import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CLOSING_HEADER, releaseLockUrl } from '@/components/admin/locks/release-lock'
import { RELEASE_AGAIN_AFTER_MS } from '@/hooks/release-again-after-close'
import type { User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../helpers/api-server'
import { jsonCall, loginToken } from '../../helpers/http'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { articleIn } from '../../helpers/stages'
import { createUser, passwordFor } from '../../helpers/users'

/*
 * A closing tab's lock release, repeated by the server (src/hooks/release-again-after-close.ts),
 * against the real database and its key-value store: the repeat deletes the lock a late save put
 * back, unless the person opened the document again (POST /api/locks/reopened), and no mark of
 * the close stays in the store either way.
 */
let t: TestPayload
let api: ApiServer
let reporter: User
let token: string

const LOCKS = 'payload-locked-documents'
const lockOn = (id: string) =>
  t.payload.create({
    collection: LOCKS,
    data: {
      document: { relationTo: 'articles', value: id },
      user: { relationTo: 'users', value: reporter.id },
    },
    overrideAccess: true,
  })
const locksOn = async (id: string) =>
  (
    await t.payload.find({
      collection: LOCKS,
      where: { 'document.value': { equals: id } },
      overrideAccess: true,
    })
  ).totalDocs
const closeTab = async (id: string) => {
  const url = releaseLockUrl({ api: '/api', collectionSlug: 'articles', id, userId: reporter.id })
  const res = await fetch(`${api.url}${url}`, {
    method: 'DELETE',
    headers: { authorization: `JWT ${token}`, [CLOSING_HEADER]: '1' },
  })
  expect(res.status).toBe(200)
}

beforeAll(async () => {
  t = await bootPayload('lock-reopened')
  api = await startApiServer(t.payload.config)
  reporter = await createUser(t.payload, 'reporter')
  token = await loginToken(api.url, reporter.email, passwordFor('reporter'))
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe("a closing tab's repeated release", () => {
  it('spares the lock of a reopened view, and leaves no mark behind', async () => {
    const [closed, reopened] = [
      await articleIn(t.payload, 'writing', reporter),
      await articleIn(t.payload, 'writing', reporter),
    ].map((a) => String(a.id))
    for (const id of [closed!, reopened!]) {
      await lockOn(id)
      await closeTab(id)
      // A late save (or the reopened view) takes the lock again.
      await lockOn(id)
    }
    const res = await jsonCall(
      api.url,
      token,
      'POST',
      `/api/locks/reopened?collection=articles&id=${reopened}`,
    )
    expect(res.status).toBe(200)
    expect(res.json.cancelled).toBe(RELEASE_AGAIN_AFTER_MS.length)
    await new Promise((resolve) => setTimeout(resolve, Math.max(...RELEASE_AGAIN_AFTER_MS) + 500))
    expect(await locksOn(closed!)).toBe(0)
    expect(await locksOn(reopened!)).toBe(1)
    expect((await t.payload.kv.keys()).filter((k) => k.startsWith('lock-close:'))).toEqual([])
  }, 60_000)

  it('an autosave the closed page sent does not take the lock back; once reopened, autosaves keep it', async () => {
    const id = String((await articleIn(t.payload, 'writing', reporter)).id)
    await lockOn(id)
    await closeTab(id)
    expect(await locksOn(id)).toBe(0)
    const autosave = async (title: string) =>
      (
        await jsonCall(api.url, token, 'PATCH', `/api/articles/${id}?autosave=true&draft=true`, {
          title,
        })
      ).status
    expect(await autosave('Tin gửi trước khi đóng thẻ')).toBe(200)
    // Read at once, before the close's first repeat (2 s) would delete a lock put back: the
    // save itself left none.
    expect(await locksOn(id)).toBe(0)
    const reopen = await jsonCall(
      api.url,
      token,
      'POST',
      `/api/locks/reopened?collection=articles&id=${id}`,
    )
    expect(reopen.status).toBe(200)
    expect(await autosave('Tin sửa sau khi mở lại')).toBe(200)
    expect(await locksOn(id)).toBe(1)
  }, 60_000)
})
