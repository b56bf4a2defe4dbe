// Attack: a stolen reporter account calls the admin's form-state server function (the request the
// edit view sends on every change, a plain Next server-action POST anyone signed in can forge) with
// `returnLockStatus` and the id of an article it may not edit, or the slug of a global it may not
// edit. Payload's `handleFormStateLocking` looks for an active lock as the caller (who sees no lock
// on what they cannot edit), finds none and writes one for the caller straight into the database:
// the real editor's saves are then refused as "locked by another user" and the admin is told the
// reporter is editing the site settings. A lock may be taken only on what the caller may edit.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

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
let othersArticle: Article
let ownDraft: Article
let actionId: string

/**
 * The id of the admin layout's server action (src/app/(payload)/layout.tsx), read from the
 * build's manifest as any visitor could read it from the admin's JavaScript.
 */
function adminActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.cwd(), '.next/server/server-reference-manifest.json'),
      'utf8',
    ),
  ) as { node: Record<string, { filename?: string }> }
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === 'src/app/(payload)/layout.tsx',
  )
  if (!found) throw new Error('admin server action not found in the build manifest')
  return found[0]
}

/** What the edit view sends on a change, forged: the form-state server function. */
async function formState(token: string, args: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${server.url}/admin`, {
    method: 'POST',
    headers: {
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      'next-action': actionId,
      origin: server.url,
      cookie: `payload-token=${token}`,
    },
    body: JSON.stringify([
      {
        name: 'form-state',
        args: { formState: {}, operation: 'update', returnLockStatus: true, ...args },
      },
    ]),
  })
  await res.text()
  return res.status
}

const locksOf = async (user: User, where: Where) =>
  (
    await payload.find({
      collection: 'payload-locked-documents',
      where: { and: [{ 'user.value': { equals: user.id } }, where] },
      depth: 0,
      overrideAccess: true,
    })
  ).totalDocs

const onArticle = (article: Article): Where => ({
  and: [
    { 'document.relationTo': { equals: 'articles' } },
    { 'document.value': { equals: article.id } },
  ],
})

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_API: '100000', RATE_LIMIT_LOGIN: '1000' })
  payload = server.payload
  actionId = adminActionId()
  reporter = await createUser(payload, 'reporter', `-forge${suffix}`)
  editor = await createUser(payload, 'editor', `-forge${suffix}`)
  const otherReporter = await createUser(payload, 'reporter', `-other${suffix}`)
  othersArticle = await articleIn(payload, 'editing', otherReporter)
  ownDraft = await articleIn(payload, 'writing', reporter)
  reporterToken = await loginToken(server.url, reporter.email, passwordFor('reporter'))
  editorToken = await loginToken(server.url, editor.email, passwordFor('editor'))
}, 600_000)

afterAll(async () => {
  await server?.close()
})

describe('locks taken through the form-state server function', () => {
  it('still locks the caller’s own draft (the forged request is the real one)', async () => {
    const status = await formState(reporterToken, {
      collectionSlug: 'articles',
      schemaPath: 'articles',
      id: ownDraft.id,
    })
    expect(status).toBe(200)
    expect(await locksOf(reporter, onArticle(ownDraft))).toBe(1)
  })

  it('takes no lock on an article the reporter may not edit, and the editor still saves', async () => {
    // The editor is working on it: their lock is active (a save and the edit view take it).
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: othersArticle.id },
        user: { relationTo: 'users', value: editor.id },
      },
      overrideAccess: true,
    })
    await formState(reporterToken, {
      collectionSlug: 'articles',
      schemaPath: 'articles',
      id: othersArticle.id,
    })
    const forged = await locksOf(reporter, onArticle(othersArticle))
    const save = await jsonCall(
      server.url,
      editorToken,
      'PATCH',
      `/api/articles/${othersArticle.id}?draft=true`,
      { sapo: 'Biên tập viên vẫn lưu được bài.' },
    )
    expect({ forged, save: save.status }, JSON.stringify(save.json)).toEqual({
      forged: 0,
      save: 200,
    })
  })

  it('takes no lock on a global the reporter may not edit', async () => {
    await formState(reporterToken, { globalSlug: 'site', schemaPath: 'site' })
    expect(await locksOf(reporter, { globalSlug: { equals: 'site' } })).toBe(0)
  })
})
