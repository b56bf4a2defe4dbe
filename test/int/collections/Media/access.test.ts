import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
const tokens = {} as Record<'editor' | 'admin' | 'reporter' | 'reporter2', string>
const users = {} as Record<keyof typeof tokens, User>

const call = (who: keyof typeof tokens | 'anon', method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, path, body)

async function uploadAs(who: keyof typeof tokens): Promise<Media> {
  const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#224488' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${who}.png`)
  form.append('_payload', JSON.stringify({ alt: 'Ảnh', caption: 'Chú thích', credit: 'Tác giả' }))
  const res = await fetch(`${api.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${tokens[who]}` },
    body: form,
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: Media }).doc
}

beforeAll(async () => {
  t = await bootPayload('access-media')
  api = await startApiServer(t.payload.config)
  const roles: Record<keyof typeof tokens, TestRole> = {
    editor: 'editor',
    admin: 'admin',
    reporter: 'reporter',
    reporter2: 'reporter',
  }
  for (const [key, role] of Object.entries(roles) as Array<[keyof typeof tokens, TestRole]>) {
    users[key] = await createUser(t.payload, role, key === 'reporter2' ? '2' : '')
    tokens[key] = await loginToken(api.url, users[key].email, passwordFor(role))
  }
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('media access', () => {
  it('anonymous visitors read media once a published article uses it, without the uploader', async () => {
    const media = await uploadAs('reporter')
    expect((await call('anon', 'GET', `/api/media/${media.id}`)).status).toBe(404)
    await t.payload.create({
      collection: 'articles',
      data: { title: 'Bài có ảnh', kind: 'news', _status: 'published', coverImage: media.id },
      overrideAccess: true,
    })
    const res = await call('anon', 'GET', `/api/media/${media.id}`)
    expect(res.status).toBe(200)
    expect(res.json.caption).toBe('Chú thích')
    expect(res.json).not.toHaveProperty('createdBy')
  })

  it('reporters edit and delete their own uploads only', async () => {
    const own = await uploadAs('reporter')
    const other = await uploadAs('reporter2')
    expect(
      (await call('reporter', 'PATCH', `/api/media/${own.id}`, { caption: 'Sửa chú thích' }))
        .status,
    ).toBe(200)
    expect(
      (await call('reporter', 'PATCH', `/api/media/${other.id}`, { caption: 'x' })).status,
    ).toBe(403)
    expect((await call('reporter', 'DELETE', `/api/media/${other.id}`)).status).toBe(403)
    expect((await call('reporter', 'DELETE', `/api/media/${own.id}`)).status).toBe(200)
  })

  it('editors and admins edit and delete any upload; anonymous visitors nothing', async () => {
    const a = await uploadAs('reporter')
    const b = await uploadAs('reporter2')
    expect((await call('anon', 'PATCH', `/api/media/${a.id}`, { caption: 'x' })).status).toBe(403)
    expect((await call('anon', 'DELETE', `/api/media/${a.id}`)).status).toBe(403)
    expect(
      (await call('editor', 'PATCH', `/api/media/${a.id}`, { credit: 'Biên tập sửa' })).status,
    ).toBe(200)
    expect((await call('editor', 'DELETE', `/api/media/${a.id}`)).status).toBe(200)
    expect((await call('admin', 'DELETE', `/api/media/${b.id}`)).status).toBe(200)
  })
})
