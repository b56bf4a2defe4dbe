import { type CollectionAfterChangeHook, createLocalReq, getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { keepLockOnAutosave } from '@/collections/Articles/hooks/keep-lock-on-autosave'
import type { Article, User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../helpers/api-server'
import { jsonCall, loginToken } from '../../helpers/http'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { articleIn } from '../../helpers/stages'
import { createUser, passwordFor } from '../../helpers/users'

/*
 * Taking a document over ("Tiếp quản") against the real database: Payload's admin re-assigns the
 * lock it reads and does nothing when it reads none; POST /api/locks/taken-over
 * (src/api/lock-taken-over.ts) finishes the take-over, and the previous holder's autosave, ending
 * after it, no longer puts their lock back (keep-lock-on-autosave). Each test drives the requests
 * in the order the race produced them in the newsroom browser tests.
 */
let t: TestPayload
let api: ApiServer
let reporter: User
let editor: User
let outsider: User
const tokens: Record<'reporter' | 'editor' | 'outsider', string> = {
  reporter: '',
  editor: '',
  outsider: '',
}

const LOCKS = 'payload-locked-documents'
const lockOf = (who: User, id: string) =>
  t.payload.create({
    collection: LOCKS,
    data: {
      document: { relationTo: 'articles', value: id },
      user: { relationTo: 'users', value: who.id },
    },
    overrideAccess: true,
  })
/** Who holds locks on the article, one entry per lock row, sorted. */
const holders = async (id: string) =>
  (
    await t.payload.find({
      collection: LOCKS,
      where: { 'document.value': { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs
    .map((lock) => String((lock.user as { value: unknown }).value))
    .sort()

/** What Payload's admin does on "Tiếp quản" (@payloadcms/ui DocumentInfo updateDocumentEditor). */
async function payloadTakeOver(id: string): Promise<void> {
  const query = `where[document.relationTo][equals]=articles&where[document.value][equals]=${id}`
  const found = await jsonCall(api.url, tokens.editor, 'GET', `/api/${LOCKS}?${query}`)
  expect(found.status).toBe(200)
  const docs = found.json.docs as Array<{ id: string }>
  if (docs.length === 0) return
  const patched = await jsonCall(api.url, tokens.editor, 'PATCH', `/api/${LOCKS}/${docs[0]!.id}`, {
    user: { relationTo: 'users', value: editor.id },
  })
  expect(patched.status).toBe(200)
}

const takenOver = (id: string, from: string, token = tokens.editor) =>
  jsonCall(
    api.url,
    token,
    'POST',
    `/api/locks/taken-over?collection=articles&id=${id}&from=${from}`,
  )

/** The end of the reporter's autosave: keep-lock-on-autosave as that request runs it. */
async function reporterSaveEnds(doc: Article): Promise<void> {
  const req = await createLocalReq({ user: { ...reporter, collection: 'users' } }, t.payload)
  Object.assign(req, { searchParams: new URLSearchParams('autosave=true&draft=true') })
  await keepLockOnAutosave({
    doc,
    previousDoc: doc,
    req,
    collection: t.payload.collections.articles.config,
    context: {},
    operation: 'update',
    data: doc,
  })
}

/** The editor's next autosave, as the admin sends it. */
const editorSaves = (id: string) =>
  jsonCall(api.url, tokens.editor, 'PATCH', `/api/articles/${id}?autosave=true&draft=true`, {
    title: `Tin biên tập ${Math.random().toString(36).slice(2, 8)}`,
  })

beforeAll(async () => {
  t = await bootPayload('lock-taken-over')
  api = await startApiServer(t.payload.config)
  reporter = await createUser(t.payload, 'reporter')
  editor = await createUser(t.payload, 'editor')
  outsider = await createUser(t.payload, 'reporter', '-2')
  tokens.reporter = await loginToken(api.url, reporter.email, passwordFor('reporter'))
  tokens.editor = await loginToken(api.url, editor.email, passwordFor('editor'))
  tokens.outsider = await loginToken(api.url, outsider.email, passwordFor('reporter'))
}, 120_000)

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('taking a document over', () => {
  it("while the holder's autosave runs: the lock is the taker's, and stays so", async () => {
    const doc = await articleIn(t.payload, 'editing', reporter)
    const id = String(doc.id)
    // The reporter's autosave has started: Payload dropped her lock, the save has not ended.
    expect(await holders(id)).toEqual([])
    await payloadTakeOver(id) // reads no lock, so re-assigns nothing
    expect(await holders(id)).toEqual([])
    const res = await takenOver(id, String(reporter.id))
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(await holders(id)).toEqual([String(editor.id)])
    await reporterSaveEnds(doc)
    expect(await holders(id)).toEqual([String(editor.id)])
    const saved = await editorSaves(id)
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
  })

  it("between the holder's save's lock check and its removal of the locks: the taker keeps it", async () => {
    const id = String((await articleIn(t.payload, 'editing', reporter)).id)
    await lockOf(reporter, id)
    // Payload's save checks the lock, then removes every lock on the article (two statements);
    // the take-over lands between them.
    // The API server's own Payload (Payload's REST handler boots the default instance).
    const db = (await getPayload({ config: t.payload.config })).db
    const removeAll = db.deleteMany.bind(db)
    let landed = 0
    db.deleteMany = async (args) => {
      if (args.collection === LOCKS && landed === 0 && JSON.stringify(args.where).includes(id)) {
        landed++
        const res = await takenOver(id, String(reporter.id))
        expect(res.status).toBe(200)
      }
      return removeAll(args)
    }
    try {
      const saved = await jsonCall(
        api.url,
        tokens.reporter,
        'PATCH',
        `/api/articles/${id}?autosave=true&draft=true`,
        { title: 'Tin hội nghị (sửa)' },
      )
      expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    } finally {
      db.deleteMany = removeAll
    }
    expect(landed).toBe(1)
    expect(await holders(id)).toEqual([String(editor.id)])
    const next = await editorSaves(id)
    expect(next.status, JSON.stringify(next.json)).toBe(200)
  })

  it("when the take-over began just before the holder's save: the taker keeps it", async () => {
    // The take-over notes itself, then removes the holder's locks and writes the taker's; the
    // holder's autosave starts after the note but checks the lock before the taker's is written,
    // and removes that one with the rest. Noting only the start of the take-over missed it.
    const id = String((await articleIn(t.payload, 'editing', reporter)).id)
    await lockOf(reporter, id)
    const db = (await getPayload({ config: t.payload.config })).db
    const upsert = db.upsert.bind(db)
    const removeAll = db.deleteMany.bind(db)
    let resume: () => void = () => undefined
    const resumed = new Promise<void>((resolve) => (resume = resolve))
    let noted: () => void = () => undefined
    const note = new Promise<void>((resolve) => (noted = resolve))
    let paused = false
    db.upsert = async (args) => {
      const written = await upsert(args)
      if (args.collection === 'payload-kv' && !paused && JSON.stringify(args).includes(id)) {
        paused = true
        noted()
        await resumed
      }
      return written
    }
    let landed = 0
    try {
      const takeOver = takenOver(id, String(reporter.id))
      await note
      await new Promise((resolve) => setTimeout(resolve, 20))
      db.deleteMany = async (args) => {
        if (args.collection === LOCKS && landed === 0 && JSON.stringify(args.where).includes(id)) {
          landed++
          resume()
          expect((await takeOver).status).toBe(200)
        }
        return removeAll(args)
      }
      const saved = await jsonCall(
        api.url,
        tokens.reporter,
        'PATCH',
        `/api/articles/${id}?autosave=true&draft=true`,
        { title: 'Tin hội nghị (sửa lần hai)' },
      )
      expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    } finally {
      resume()
      db.upsert = upsert
      db.deleteMany = removeAll
    }
    expect(landed).toBe(1)
    expect(await holders(id)).toEqual([String(editor.id)])
    const next = await editorSaves(id)
    expect(next.status, JSON.stringify(next.json)).toBe(200)
  })

  it('a later session of the holder, after the taker left, keeps its lock', async () => {
    // The editor took the piece over and left it; the reporter opens it again a minute later.
    // Her autosaves are not a save the take-over interrupted: the lock stays hers.
    const id = String((await articleIn(t.payload, 'editing', reporter)).id)
    await lockOf(reporter, id)
    expect((await takenOver(id, String(reporter.id))).status).toBe(200)
    await t.payload.delete({
      collection: LOCKS,
      where: { 'document.value': { equals: id } },
      overrideAccess: true,
    })
    await lockOf(reporter, id)
    const saved = await jsonCall(
      api.url,
      tokens.reporter,
      'PATCH',
      `/api/articles/${id}?autosave=true&draft=true`,
      { title: 'Tin hội nghị (phiên sau)' },
    )
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    expect(await holders(id)).toEqual([String(reporter.id)])
  })

  it('from a holder with two lock rows: none of theirs is left', async () => {
    const id = String((await articleIn(t.payload, 'editing', reporter)).id)
    await lockOf(reporter, id)
    await lockOf(reporter, id)
    await payloadTakeOver(id) // re-assigns one of the two
    expect(await holders(id)).toEqual([String(editor.id), String(reporter.id)].sort())
    const res = await takenOver(id, String(reporter.id))
    expect(res.status).toBe(200)
    expect(res.json.released).toBe(1)
    expect(await holders(id)).toEqual([String(editor.id)])
  })

  it("the holder's autosave gives the lock up again when the take-over lands as it writes", async () => {
    const doc = await articleIn(t.payload, 'editing', reporter)
    const id = String(doc.id)
    // The take-over lands between the autosave's "nobody holds it" and its write.
    const locks = t.payload.collections[LOCKS].config.hooks
    const interleave: CollectionAfterChangeHook = async ({ doc: lock, operation }) => {
      // The hook writes without a signed-in user, so the holder is not named: a bare id.
      const holder = (lock.user as { value: unknown }).value
      if (operation === 'create' && holder === String(reporter.id)) {
        locks.afterChange = locks.afterChange.filter((hook) => hook !== interleave)
        await lockOf(editor, id)
      }
      return lock
    }
    locks.afterChange = [...locks.afterChange, interleave]
    try {
      await reporterSaveEnds(doc)
    } finally {
      locks.afterChange = locks.afterChange.filter((hook) => hook !== interleave)
    }
    expect(await holders(id)).toEqual([String(editor.id)])
  })

  it("the holder's autosave does not add a second lock of theirs", async () => {
    const doc = await articleIn(t.payload, 'editing', reporter)
    const id = String(doc.id)
    await lockOf(reporter, id) // her form state took it again during the save
    await reporterSaveEnds(doc)
    expect(await holders(id)).toEqual([String(reporter.id)])
  })

  it("leaves a third person's lock alone, and adds no second holder beside it", async () => {
    // The reporter's save dropped her lock, the editor opened the piece in that gap and Payload's
    // form state gave it to him; the approver's take-over from the reporter then found none.
    const approver = await createUser(t.payload, 'approver', '-3')
    const token = await loginToken(api.url, approver.email, passwordFor('approver'))
    const id = String((await articleIn(t.payload, 'editing', reporter)).id)
    await lockOf(editor, id)
    const res = await takenOver(id, String(reporter.id), token)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(res.json.released).toBe(0)
    expect(await holders(id)).toEqual([String(editor.id)])
  })

  it('creates no lock on a global that does not exist, nor on a missing document', async () => {
    // Any reporter could otherwise add lock rows without end (one per made-up global); past the
    // newest 1000, src/access/locked-documents.ts stops showing real locks to their editors, and
    // Payload's admin then neither names the holder nor finds the lock to take over.
    const junk = await jsonCall(
      api.url,
      tokens.reporter,
      'POST',
      `/api/locks/taken-over?global=khong-co-${Date.now()}&from=${editor.id}`,
    )
    expect(junk.status).toBe(404)
    const globalLocks = await t.payload.count({
      collection: LOCKS,
      where: { globalSlug: { exists: true } },
      overrideAccess: true,
    })
    expect(globalLocks.totalDocs).toBe(0)
    // A document id that names nothing: refused, not a database error.
    const missing = await takenOver('00000000-0000-4000-8000-000000000000', String(reporter.id))
    expect(missing.status).toBe(404)
    expect(await holders('00000000-0000-4000-8000-000000000000')).toEqual([])
    expect(
      await t.payload.kv.get('lock-taken:articles/00000000-0000-4000-8000-000000000000'),
    ).toBeNull()
  })

  it('is refused to someone who may not edit the document, and to bad requests', async () => {
    const id = String((await articleIn(t.payload, 'writing', reporter)).id)
    await lockOf(reporter, id)
    const denied = await takenOver(id, String(reporter.id), tokens.outsider)
    expect(denied.status).toBe(403)
    expect(String((denied.json.errors as Array<{ message: string }>)[0]!.message)).toBe(
      'Bạn không có quyền tiếp quản tài liệu này.',
    )
    expect((await takenOver(id, String(reporter.id), '')).status).toBe(401)
    expect((await takenOver(id, '', tokens.editor)).status).toBe(400)
    expect((await takenOver(id, String(editor.id), tokens.editor)).status).toBe(400)
    expect((await takenOver(`${id}'--`, String(reporter.id), tokens.editor)).status).toBe(400)
    expect(await holders(id)).toEqual([String(reporter.id)])
    // Nor noted: a mark would make the holder's running autosave give her lock away.
    expect(await t.payload.kv.get(`lock-taken:articles/${id}`)).toBeNull()
  })
})
