/**
 * The server's repeat of a closing tab's lock release (src/hooks/release-again-after-close.ts):
 * which document a release names, and that opening the document again cancels the repeats that
 * would otherwise delete the lock the reopened view takes (a reload is a close and an open).
 */
import type { PayloadRequest, Where } from 'payload'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { CLOSING_HEADER } from '@/components/admin/locks/release-lock'
import {
  cancelReleaseAgain,
  lockedTargetOf,
  pendingKey,
  RELEASE_AGAIN_AFTER_MS,
  releaseAgainAfterClose,
} from '@/hooks/release-again-after-close'

const articleWhere = (id: string, user = 'u1'): Where => ({
  and: [
    { 'document.relationTo': { equals: 'articles' } },
    { 'document.value': { equals: id } },
    { 'user.value': { equals: user } },
  ],
})

describe('lockedTargetOf', () => {
  it("reads the document the admin's release names", () => {
    expect(lockedTargetOf(articleWhere('a7'))).toEqual({ collection: 'articles', id: 'a7' })
    expect(
      lockedTargetOf({
        and: [{ globalSlug: { equals: 'site' } }, { 'user.value': { equals: 'u1' } }],
      }),
    ).toEqual({ global: 'site' })
  })

  it('names nothing for a query that is not one document', () => {
    expect(lockedTargetOf({ 'document.relationTo': { equals: 'articles' } })).toBeNull()
    expect(lockedTargetOf({ 'document.value': { in: ['a', 'b'] } })).toBeNull()
    expect(lockedTargetOf({ and: [] })).toBeNull()
  })

  it('names nothing a reopen could not name: no store key from arbitrary query text', () => {
    expect(lockedTargetOf(articleWhere('a'.repeat(201)))).toBeNull()
    expect(lockedTargetOf(articleWhere('a1|global:x'))).toBeNull()
    expect(lockedTargetOf({ and: [{ globalSlug: { equals: 'site/../x' } }] })).toBeNull()
  })
})

describe('pendingKey', () => {
  it('is per person and per document', () => {
    const doc = { collection: 'articles', id: 'a1' }
    const key = pendingKey({ collection: 'users', id: 'u1' }, doc)
    expect(pendingKey({ collection: 'users', id: 'u2' }, doc)).not.toBe(key)
    expect(pendingKey({ collection: 'users', id: 'u1' }, { ...doc, id: 'a2' })).not.toBe(key)
    expect(pendingKey({ collection: 'users', id: 'u1' }, { global: 'articles/a1' })).not.toBe(key)
  })
})

/** Payload's key-value store, shared by every process as its database table is. */
const kvStore = () => {
  const rows = new Map<string, unknown>()
  return {
    rows,
    get: async (key: string) => rows.get(key) ?? null,
    set: async (key: string, value: unknown) => void rows.set(key, value),
    delete: async (key: string) => void rows.delete(key),
  }
}

describe('releaseAgainAfterClose', () => {
  const deletes: Where[] = []
  const user = { collection: 'users', id: 'u1' }
  let kv = kvStore()
  const payload = () => ({
    delete: async ({ where: w }: { where: Where }) => {
      deletes.push(w)
      return { docs: [], errors: [] }
    },
    logger: { warn: () => undefined },
    kv,
  })
  const closing = (where: Where, who: typeof user | null = user) =>
    releaseAgainAfterClose({
      args: { where },
      operation: 'delete',
      result: { docs: [] },
      req: {
        user: who,
        headers: new Headers({ [CLOSING_HEADER]: '1' }),
        payload: payload(),
      } as unknown as PayloadRequest,
    } as unknown as Parameters<typeof releaseAgainAfterClose>[0])

  beforeEach(() => {
    vi.useFakeTimers()
    deletes.length = 0
    kv = kvStore()
  })
  afterEach(() => {
    vi.clearAllTimers()
    vi.useRealTimers()
  })

  it("repeats a closing tab's release, limited to the caller's own locks", async () => {
    await closing(articleWhere('a1'))
    await vi.advanceTimersByTimeAsync(Math.max(...RELEASE_AGAIN_AFTER_MS))
    expect(deletes).toHaveLength(RELEASE_AGAIN_AFTER_MS.length)
    expect(JSON.stringify(deletes[0])).toContain('"user.value":{"equals":"u1"}')
  })

  it('stops repeating once the person opens the document again', async () => {
    await closing(articleWhere('a1'))
    await vi.advanceTimersByTimeAsync(RELEASE_AGAIN_AFTER_MS[0]!)
    expect(deletes).toHaveLength(1)
    expect(cancelReleaseAgain(user, { collection: 'articles', id: 'a1' })).toBe(
      RELEASE_AGAIN_AFTER_MS.length,
    )
    await vi.advanceTimersByTimeAsync(Math.max(...RELEASE_AGAIN_AFTER_MS))
    expect(deletes).toHaveLength(1)
  })

  it("cancels only that person's repeats of that document", async () => {
    await closing(articleWhere('a1'))
    await closing(articleWhere('a2'))
    expect(
      cancelReleaseAgain({ collection: 'users', id: 'u2' }, { collection: 'articles', id: 'a1' }),
    ).toBe(0)
    expect(cancelReleaseAgain(user, { collection: 'articles', id: 'a2' })).toBe(
      RELEASE_AGAIN_AFTER_MS.length,
    )
    await vi.advanceTimersByTimeAsync(Math.max(...RELEASE_AGAIN_AFTER_MS))
    expect(deletes.map((w) => JSON.stringify(w).includes('"a1"'))).toEqual(
      RELEASE_AGAIN_AFTER_MS.map(() => true),
    )
  })

  it("a second close replaces the first one's repeats; nothing is left once they ran", async () => {
    await closing(articleWhere('a1'))
    await vi.advanceTimersByTimeAsync(1000)
    await closing(articleWhere('a1'))
    await vi.advanceTimersByTimeAsync(Math.max(...RELEASE_AGAIN_AFTER_MS))
    expect(deletes).toHaveLength(RELEASE_AGAIN_AFTER_MS.length)
    expect(cancelReleaseAgain(user, { collection: 'articles', id: 'a1' })).toBe(0)
  })

  it("repeats nothing for a release that is not a closing tab's, or without a caller", async () => {
    await closing(articleWhere('a1'), null)
    releaseAgainAfterClose({
      args: { where: articleWhere('a1') },
      operation: 'delete',
      result: { docs: [] },
      req: { user, headers: new Headers(), payload: {} } as unknown as PayloadRequest,
    } as unknown as Parameters<typeof releaseAgainAfterClose>[0])
    await vi.advanceTimersByTimeAsync(Math.max(...RELEASE_AGAIN_AFTER_MS))
    expect(deletes).toHaveLength(0)
  })

  it('stops repeating when the reopen reaches another server process than the close', async () => {
    await closing(articleWhere('a1'))
    // nginx sends the reopen to the other process: its own copy of the modules, the same database.
    vi.resetModules()
    const { lockReopenedEndpoint } = await import('@/api/lock-reopened')
    const res = await lockReopenedEndpoint.handler({
      user,
      url: 'http://localhost/api/locks/reopened?collection=articles&id=a1',
      payload: payload(),
    } as unknown as PayloadRequest)
    expect(res.status).toBe(200)
    await vi.advanceTimersByTimeAsync(Math.max(...RELEASE_AGAIN_AFTER_MS))
    expect(deletes).toHaveLength(0)
  })

  it('leaves no mark in the store once the repeats ran or were cancelled', async () => {
    await closing(articleWhere('a1'))
    await closing(articleWhere('a2'))
    expect(kv.rows.size).toBe(2)
    const { reopened } = await import('@/hooks/release-again-after-close')
    await reopened(payload() as never, user, { collection: 'articles', id: 'a2' })
    await vi.advanceTimersByTimeAsync(Math.max(...RELEASE_AGAIN_AFTER_MS))
    expect(deletes).toHaveLength(RELEASE_AGAIN_AFTER_MS.length)
    expect(kv.rows.size).toBe(0)
  })
})
