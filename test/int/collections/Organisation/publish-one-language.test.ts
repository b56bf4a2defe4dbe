import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor } from '../../../helpers/users'

/*
 * Leaders and units are localized with drafts like pages (issue 12 §2): publishing one language
 * must not put the other language's newer draft live (@/hooks/publish-one-locale), and nothing
 * is published from the English view without its required Vietnamese fields
 * (@/hooks/require-vietnamese).
 */
let t: TestPayload
let api: ApiServer
let token = ''

const call = (method: string, path: string, body?: unknown, auth = true) =>
  jsonCall(api.url, auth ? token : undefined, method, path, body)

beforeAll(async () => {
  t = await bootPayload('publish-one-language')
  api = await startApiServer(t.payload.config)
  const editor = await createUser(t.payload, 'editor')
  token = await loginToken(api.url, editor.email, passwordFor('editor'))
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

const cases: Array<{ slug: string; field: string; vi: Record<string, string> }> = [
  { slug: 'leaders', field: 'position', vi: { name: 'Nguyễn Văn A', position: 'Bí thư' } },
  { slug: 'units', field: 'name', vi: { name: 'Văn phòng' } },
]

describe.each(cases)('$slug', ({ slug, field, vi }) => {
  it('publishing Vietnamese leaves the English draft unpublished', async () => {
    const created = await call('POST', `/api/${slug}?locale=vi`, { ...vi, _status: 'published' })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    const draft = await call('PATCH', `/api/${slug}/${id}?locale=en&draft=true`, {
      [field]: 'UNREVIEWED',
    })
    expect(draft.status).toBe(200)
    const published = await call('PATCH', `/api/${slug}/${id}?locale=vi`, {
      [field]: `${vi[field]} (sửa)`,
      _status: 'published',
    })
    expect(published.status).toBe(200)
    const en = await call(
      'GET',
      `/api/${slug}/${id}?locale=en&fallback-locale=none`,
      undefined,
      false,
    )
    expect(en.json[field] ?? null).toBeNull()
    const viNow = await call('GET', `/api/${slug}/${id}?locale=vi`, undefined, false)
    expect(viNow.json[field]).toBe(`${vi[field]} (sửa)`)
  })

  it('refuses publishing from English without the Vietnamese field', async () => {
    const res = await call('POST', `/api/${slug}?locale=en`, {
      name: 'English only',
      position: 'Secretary',
      _status: 'published',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('tiếng Việt')
  })
})
