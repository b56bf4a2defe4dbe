import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor } from '../../../helpers/users'

/*
 * Review finding (issue 12 §2): `title` is required, but Payload checks a localised required
 * field only in the locale being saved. An approver working in the admin's English locale
 * creates and publishes a page: the Vietnamese site then has a published page without a
 * Vietnamese title (/gioi-thieu/<slug> with an empty <h1> and no <title>, an empty link in
 * the parent's list of sub-pages, an entry in the sitemap). Either the save is refused or such
 * a page never reaches Vietnamese readers.
 */
let t: TestPayload
let api: ApiServer
let token = ''

beforeAll(async () => {
  t = await bootPayload('english-only-page')
  api = await startApiServer(t.payload.config)
  const approver = await createUser(t.payload, 'approver')
  token = await loginToken(api.url, approver.email, passwordFor('approver'))
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('a page published from the English locale only', () => {
  it('never reaches Vietnamese readers without a Vietnamese title', async () => {
    await jsonCall(api.url, token, 'POST', '/api/pages?locale=en', {
      title: 'English only page',
      slug: 'english-only',
      _status: 'published',
    })
    const vi = await jsonCall(
      api.url,
      undefined,
      'GET',
      '/api/pages?locale=vi&depth=0&where[slug][equals]=english-only',
    )
    expect(vi.status).toBe(200)
    const docs = vi.json.docs as Array<{ title?: string | null }>
    expect(docs.filter((d) => !d.title?.trim())).toEqual([])
  })
})
