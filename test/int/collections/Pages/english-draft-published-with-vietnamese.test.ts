import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Page } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

/*
 * Review finding (issue 12 §2): an editor's unreviewed draft in one language must not go live
 * when an approver publishes the other language. The admin's default "Publish" button sends
 * `PATCH /api/pages/<id>?locale=<current>` with `_status: 'published'` (no
 * publishSpecificLocale), which Payload builds from the latest version in every locale.
 */
let t: TestPayload
let api: ApiServer
const tokens = {} as Record<TestRole, string>
let page: Page

const call = (who: TestRole | 'anon', method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, path, body)

beforeAll(async () => {
  t = await bootPayload('english-draft-leak')
  api = await startApiServer(t.payload.config)
  for (const role of ['approver', 'editor'] as const) {
    const user = await createUser(t.payload, role)
    tokens[role] = await loginToken(api.url, user.email, passwordFor(role))
  }
  page = await t.payload.create({
    collection: 'pages',
    data: { title: 'Liên hệ', slug: 'lien-he', _status: 'published' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('publishing the Vietnamese page', () => {
  it('does not publish an English draft nobody approved', async () => {
    const draft = await call('editor', 'PATCH', `/api/pages/${page.id}?locale=en&draft=true`, {
      title: 'UNREVIEWED English draft',
    })
    expect(draft.status).toBe(200)
    const before = await call('anon', 'GET', `/api/pages/${page.id}?locale=en`)
    expect(before.json.title ?? null).toBeNull()

    // The approver edits and publishes the Vietnamese page as the admin's Publish button does.
    const published = await call('approver', 'PATCH', `/api/pages/${page.id}?locale=vi&depth=0`, {
      title: 'Liên hệ (cập nhật)',
      _status: 'published',
    })
    expect(published.status).toBe(200)

    const en = await call('anon', 'GET', `/api/pages/${page.id}?locale=en`)
    expect(en.json.title ?? null).toBeNull()
    const { getPageLanguages } = await import('@/site/data/english')
    const entry = (await getPageLanguages()).find((p) => p.id === page.id)
    expect(entry?.hasEnglish).toBe(false)
  })
})
