import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { block, lexicalDocument } from '@/lib/lexical/build'
import type { Leader, Media, Page } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { pngBytes } from '../../../helpers/staff'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

/*
 * English versions (issue 12 §2) on a real Payload over REST: an English version is saved and
 * read with `?locale=en` beside the untouched Vietnamese one; a field without English reads as
 * empty, never as its Vietnamese text (fallback off), for pages, leaders and the site settings;
 * an English draft (of a new English version or of an edit) never reaches readers; saving the
 * English page keeps the Vietnamese page's photos public; the site's language data sees only
 * published English.
 */
let t: TestPayload
let api: ApiServer
const tokens = {} as Record<TestRole, string>
let page: Page
let leader: Leader
let photo: Media

const call = (who: TestRole | 'anon', method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, path, body)

const photoBody = (id: string) => lexicalDocument([block('photo', { media: id })])

beforeAll(async () => {
  t = await bootPayload('english')
  api = await startApiServer(t.payload.config)
  for (const role of ['admin', 'approver', 'editor'] as const) {
    const user = await createUser(t.payload, role)
    tokens[role] = await loginToken(api.url, user.email, passwordFor(role))
  }
  const data = await pngBytes('#884422')
  photo = await t.payload.create({
    collection: 'media',
    data: { alt: 'Trụ sở cơ quan' },
    file: { data, mimetype: 'image/png', name: 'tru-so.png', size: data.length },
    overrideAccess: true,
  })
  page = await t.payload.create({
    collection: 'pages',
    data: {
      title: 'Chức năng, nhiệm vụ',
      slug: 'chuc-nang-nhiem-vu',
      description: 'Mô tả tiếng Việt',
      layout: [{ blockType: 'richText', content: photoBody(photo.id) as never }],
      _status: 'published',
    },
    overrideAccess: true,
  })
  leader = await t.payload.create({
    collection: 'leaders',
    data: { name: 'Nguyễn Văn A', position: 'Bí thư Đảng ủy Khối', _status: 'published' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('fallback off', () => {
  it('reads an untranslated page, leader and site name as empty in English', async () => {
    const en = await call('anon', 'GET', `/api/pages/${page.id}?locale=en`)
    expect(en.status).toBe(200)
    expect(en.json.title ?? null).toBeNull()
    expect(JSON.stringify(en.json)).not.toContain('Chức năng')
    const vi = await call('anon', 'GET', `/api/pages/${page.id}`)
    expect(vi.json.title).toBe('Chức năng, nhiệm vụ')
    const person = await call('anon', 'GET', `/api/leaders/${leader.id}?locale=en`)
    expect(person.json.name).toBe('Nguyễn Văn A')
    expect(person.json.position ?? null).toBeNull()
    const site = await call('anon', 'GET', '/api/globals/site?locale=en')
    expect(site.json.name ?? null).toBeNull()
  })
})

describe('an English version', () => {
  it('is a draft for readers until an approver publishes it', async () => {
    const saved = await call('editor', 'PATCH', `/api/pages/${page.id}?locale=en&draft=true`, {
      title: 'Functions and duties (draft)',
      layout: [{ blockType: 'contact', heading: 'Contact' }],
    })
    expect(saved.status).toBe(200)
    for (const query of ['?locale=en', '?locale=en&draft=true']) {
      const read = await call('anon', 'GET', `/api/pages/${page.id}${query}`)
      expect(JSON.stringify(read.json)).not.toContain('(draft)')
    }
    const list = await call('anon', 'GET', '/api/pages?locale=en&draft=true&limit=50')
    expect(JSON.stringify(list.json)).not.toContain('(draft)')
    const staff = await call('editor', 'GET', `/api/pages/${page.id}?locale=en&draft=true`)
    expect(staff.json.title).toBe('Functions and duties (draft)')
  })

  it('is published in English beside the untouched Vietnamese page', async () => {
    const published = await call('approver', 'PATCH', `/api/pages/${page.id}?locale=en`, {
      title: 'Functions and duties',
      description: 'What we do',
      layout: [{ blockType: 'contact', heading: 'Contact' }],
      _status: 'published',
    })
    expect(published.status).toBe(200)
    const en = await call('anon', 'GET', `/api/pages/${page.id}?locale=en`)
    expect(en.json.title).toBe('Functions and duties')
    expect(en.json.description).toBe('What we do')
    expect((en.json.layout as Array<{ blockType: string }>).map((b) => b.blockType)).toEqual([
      'contact',
    ])
    const vi = await call('anon', 'GET', `/api/pages/${page.id}?locale=vi`)
    expect(vi.json.title).toBe('Chức năng, nhiệm vụ')
    expect(vi.json.description).toBe('Mô tả tiếng Việt')
    expect((vi.json.layout as Array<{ blockType: string }>).map((b) => b.blockType)).toEqual([
      'richText',
    ])
  })

  it("keeps the Vietnamese page's photo public after the English save", async () => {
    const stored = await t.payload.findByID({
      collection: 'media',
      id: photo.id,
      overrideAccess: true,
    })
    expect(stored.publicUse).toBe(true)
    const refs = await t.payload.findByID({
      collection: 'pages',
      id: page.id,
      overrideAccess: true,
    })
    expect(refs.mediaRefs?.map((m) => (typeof m === 'string' ? m : m.id))).toEqual([photo.id])
  })

  it('keeps an unpublished English edit out of the public page', async () => {
    await call('editor', 'PATCH', `/api/pages/${page.id}?locale=en&draft=true`, {
      title: 'Secret English edit',
    })
    const en = await call('anon', 'GET', `/api/pages/${page.id}?locale=en&draft=true`)
    expect(en.json.title).toBe('Functions and duties')
    const { getPageLanguages } = await import('@/site/data/english')
    const languages = await getPageLanguages()
    const entry = languages.find((p) => p.id === page.id)
    expect(entry).toMatchObject({ hasEnglish: true, title: 'Functions and duties' })
  })

  it('is saved and read for leaders and the site settings with ?locale=en', async () => {
    const person = await call('admin', 'PATCH', `/api/leaders/${leader.id}?locale=en`, {
      position: 'Secretary of the Party Committee',
      _status: 'published',
    })
    expect(person.status).toBe(200)
    const en = await call('anon', 'GET', `/api/leaders/${leader.id}?locale=en`)
    expect(en.json.position).toBe('Secretary of the Party Committee')
    const vi = await call('anon', 'GET', `/api/leaders/${leader.id}`)
    expect(vi.json.position).toBe('Bí thư Đảng ủy Khối')
    const site = await call('admin', 'POST', '/api/globals/site?locale=en', {
      name: 'Party Committee portal',
    })
    expect(site.status).toBe(200)
    expect((await call('anon', 'GET', '/api/globals/site?locale=en')).json.name).toBe(
      'Party Committee portal',
    )
    expect((await call('anon', 'GET', '/api/globals/site')).json.name).not.toBe(
      'Party Committee portal',
    )
  })
})
