/**
 * Attack: a reporter edits their article again after an editor has unpublished it (for a
 * correction, or pending a legal check), then it goes back online with the reporter's changes.
 * Reporters edit only drafts that were never published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let reporter: Staff

beforeAll(async () => {
  server = await startProductionServer()
  reporter = await staffMember(server.payload, server.url, 'reporter')
})

afterAll(async () => {
  await server?.close()
})

async function reporterDraft(title: string): Promise<string> {
  const res = await jsonCall(server.url, reporter.token, 'POST', '/api/articles?draft=true', {
    title,
    kind: 'news',
    sapo: 'Bản gốc',
  })
  expect(res.status).toBe(201)
  return (res.json.doc as { id: string }).id
}

const sapoOf = async (id: string) =>
  (await server.payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true }))
    .sapo

describe('a reporter and an unpublished article', () => {
  it('cannot edit it over REST or GraphQL once an editor has published and unpublished it', async () => {
    const id = await reporterDraft('Bài bị gỡ để đính chính')
    const p = server.payload
    await p.update({
      collection: 'articles',
      id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    await p.update({ collection: 'articles', id, data: { _status: 'draft' }, overrideAccess: true })
    for (const query of ['', '?draft=true']) {
      const res = await jsonCall(
        server.url,
        reporter.token,
        'PATCH',
        `/api/articles/${id}${query}`,
        {
          sapo: 'Sửa lén',
        },
      )
      expect(res.status).toBe(403)
    }
    const gql = await graphql(
      server.url,
      reporter,
      `mutation { updateArticle(id: "${id}", draft: true, data: { sapo: "Sửa lén GraphQL" }) { id } }`,
    )
    expect(gql.errors.length).toBeGreaterThan(0)
    expect(await sapoOf(id)).toBe('Bản gốc')
  })

  it('still edits own drafts that were never published', async () => {
    const id = await reporterDraft('Bản nháp mới')
    const res = await jsonCall(
      server.url,
      reporter.token,
      'PATCH',
      `/api/articles/${id}?draft=true`,
      {
        sapo: 'Sửa bản nháp',
      },
    )
    expect(res.status).toBe(200)
    expect(await sapoOf(id)).toBe('Sửa bản nháp')
  })
})
