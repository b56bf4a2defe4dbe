/**
 * keepLockOnAutosave against a database with transactions (MongoDB, the production adapter, runs
 * every save in one). MongoDB cannot run here, so a small store stands in for its one behaviour
 * that matters: statements inside a transaction read the snapshot taken at its first read, and
 * their writes show to others only at commit. Payload reads the article before it drops the
 * saver's lock outside the transaction (payload/dist/utilities/checkDocumentLockStatus.js), so
 * inside it the dropped lock still looks held.
 */
import type { CollectionAfterChangeHook, CollectionConfig, PayloadRequest, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepLockOnAutosave } from '@/collections/Articles/hooks/keep-lock-on-autosave'

interface Lock {
  id: string
  user: string
}

const SAVE_TX = 'save-transaction'

/** A lock store with one open transaction, `SAVE_TX`, whose snapshot holds `snapshot`. */
function store(committed: Lock[], snapshot: Lock[]) {
  const pending: Lock[] = []
  const removed = new Set<string>()
  let next = 0
  const inTx = (args: { req?: Partial<PayloadRequest> }) => args.req?.transactionID === SAVE_TX
  const visible = (args: { req?: Partial<PayloadRequest> }) =>
    inTx(args)
      ? [...snapshot, ...pending].filter((lock) => !removed.has(lock.id))
      : committed.filter((lock) => !removed.has(lock.id))
  // The hook asks "anyone's lock" or "anyone's but the saver's" (`not_equals`).
  const matching = (where: Where, locks: Lock[]) => {
    const except = JSON.stringify(where).match(/"not_equals":"([^"]+)"/)?.[1]
    return locks.filter((lock) => lock.user !== except)
  }
  const payload = {
    count: async (args: { where: Where; req?: Partial<PayloadRequest> }) => ({
      totalDocs: matching(args.where, visible(args)).length,
    }),
    create: async (args: { data: { user: { value: string } }; req?: Partial<PayloadRequest> }) => {
      const lock = { id: `new-${next++}`, user: args.data.user.value }
      ;(inTx(args) ? pending : committed).push(lock)
      return lock
    },
    delete: async (args: { id: string }) => {
      removed.add(args.id)
      return { id: args.id }
    },
    logger: { warn: () => undefined },
  }
  const commit = () => committed.push(...pending.splice(0))
  const holders = () => committed.filter((lock) => !removed.has(lock.id)).map((lock) => lock.user)
  return { payload, commit, holders }
}

async function autosaveEnds(payload: unknown, user: string) {
  const req = {
    payload,
    user: { id: user, collection: 'users' },
    searchParams: new URLSearchParams('autosave=true&draft=true'),
    transactionID: SAVE_TX,
  } as unknown as PayloadRequest
  const hook: CollectionAfterChangeHook = keepLockOnAutosave
  await hook({
    doc: { id: 'a1' },
    previousDoc: { id: 'a1' },
    data: {},
    req,
    collection: { slug: 'articles' } as CollectionConfig as never,
    context: {},
    operation: 'update',
  })
}

describe('keepLockOnAutosave in a transactional database', () => {
  it("puts the saver's lock back though the save's snapshot still shows the dropped one", async () => {
    // Payload dropped her lock (committed: none); the save's snapshot predates that.
    const db = store([], [{ id: 'old', user: 'reporter' }])
    await autosaveEnds(db.payload, 'reporter')
    db.commit()
    expect(db.holders()).toEqual(['reporter'])
  })

  it("yields to a colleague's lock written after the save's snapshot", async () => {
    // The editor took it over while the save ran: committed, but not in the snapshot.
    const db = store([{ id: 'taken', user: 'editor' }], [])
    await autosaveEnds(db.payload, 'reporter')
    db.commit()
    expect(db.holders()).toEqual(['editor'])
  })
})
