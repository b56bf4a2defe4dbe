/**
 * Adding an English version to a published Vietnamese page, as editors and approvers do it over
 * REST (what the admin sends), on the production server over real HTTP. Payload keeps one
 * `_status` per document, so what readers see must come from the published version in each
 * language, never from a draft:
 * - an English draft hides nothing: the Vietnamese page stays as published, and /en/<slug>
 *   keeps saying "available in Vietnamese" (noindex) until the English is published;
 * - publishing the English shows the English text only on /en/<slug>, and the Vietnamese text
 *   only on the Vietnamese page (no mixed page);
 * - later drafts in either language stay private, and publishing one language never publishes
 *   the other's draft;
 * - unpublishing takes the page off in both languages (one status per page).
 * No draft text may appear on any public page, feed or API read along the way.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument, paragraph } from '@/lib/lexical/build'

import { jsonCall, loginToken } from '../../helpers/http'
import { pollUntil } from '../../helpers/poll'
import { startProductionServer } from '../../helpers/production-server'
import { createUser, passwordFor } from '../../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let editor = ''
let approver = ''
let pageId = ''
const SLUG = 'chuc-nang-thu-song-ngu'
const VI_PATH = `/gioi-thieu/${SLUG}`
const EN_PATH = `/en/${SLUG}`

const VI_PUBLISHED = 'Văn bản tiếng Việt đã duyệt'
const EN_DRAFT = 'UNREVIEWED English draft text'
const EN_PUBLISHED = 'Reviewed English text'
const VI_DRAFT = 'Bản nháp tiếng Việt chưa duyệt'
const EN_DRAFT_2 = 'Second UNREVIEWED English edit'
const VI_NEW = 'Văn bản tiếng Việt mới đã duyệt'

const text = (marker: string) => [
  { blockType: 'richText', content: lexicalDocument([paragraph(marker)]) },
]

async function get(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

/** Everything a reader (or a crawler, or an anonymous API client) can read about the page. */
async function publicText(): Promise<string> {
  const paths = [
    VI_PATH,
    EN_PATH,
    '/en',
    '/gioi-thieu',
    '/',
    '/sitemap-chung.xml',
    `/api/pages/${pageId}?locale=vi`,
    `/api/pages/${pageId}?locale=en`,
    `/api/pages/${pageId}?locale=en&draft=true`,
    '/api/pages?locale=all&draft=true&limit=50',
    `/api/pages/versions?where[parent][equals]=${pageId}&locale=all`,
  ]
  const bodies = await Promise.all(paths.map(async (p) => `${p}: ${(await get(p)).html}`))
  return bodies.join('\n')
}

/** Waits out the cross-process invalidation (about 2 s), then checks no draft shows anywhere. */
async function noDraftIsPublic(drafts: string[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2500))
  const all = await publicText()
  for (const draft of drafts) expect(all, draft).not.toContain(draft)
}

const shows = (path: string, marker: string) =>
  pollUntil(async () => (await get(path)).html.includes(marker), 10_000, `${marker} on ${path}`)

const patch = (token: string, query: string, body: unknown) =>
  jsonCall(server.url, token, 'PATCH', `/api/pages/${pageId}${query}`, body)

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000', RATE_LIMIT_API: '100000' })
  payload = server.payload
  const [e, a] = [await createUser(payload, 'editor'), await createUser(payload, 'approver')]
  editor = await loginToken(server.url, e.email, passwordFor('editor'))
  approver = await loginToken(server.url, a.email, passwordFor('approver'))
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: 'Chức năng song ngữ',
      slug: SLUG,
      layout: text(VI_PUBLISHED) as never,
      _status: 'published',
    },
    overrideAccess: true,
  })
  pageId = page.id
  await shows(VI_PATH, VI_PUBLISHED)
})

afterAll(async () => {
  await server?.close()
})

describe('an English version of a published page', () => {
  it('saved as a draft hides nothing and shows nothing', async () => {
    const saved = await patch(editor, '?locale=en&draft=true', {
      title: 'Functions (draft)',
      layout: text(EN_DRAFT),
    })
    expect(saved.status).toBe(200)
    await noDraftIsPublic([EN_DRAFT, 'Functions (draft)'])
    const vi = await get(VI_PATH)
    expect(vi.status).toBe(200)
    expect(vi.html).toContain(VI_PUBLISHED)
    const en = await get(EN_PATH)
    expect(en.status).toBe(200)
    expect(en.html).toMatch(/<html\b[^>]*\blang="en"/)
    expect(en.html).toContain('This page is available in Vietnamese')
    expect(en.html).toMatch(/<meta name="robots" content="noindex/)
    expect(en.html).not.toContain(VI_PUBLISHED)
  })

  it('once published, shows English on the English page and Vietnamese on the Vietnamese one', async () => {
    const published = await patch(approver, '?locale=en', {
      title: 'Functions and duties',
      layout: text(EN_PUBLISHED),
      _status: 'published',
    })
    expect(published.status).toBe(200)
    await shows(EN_PATH, EN_PUBLISHED)
    const en = await get(EN_PATH)
    expect(en.html).not.toContain(VI_PUBLISHED)
    expect(en.html).not.toContain('available in Vietnamese')
    const vi = await get(VI_PATH)
    expect(vi.html).toContain(VI_PUBLISHED)
    expect(vi.html).not.toContain(EN_PUBLISHED)
    await noDraftIsPublic([EN_DRAFT])
  })

  it('keeps later drafts in both languages private, and publishes only the language published', async () => {
    expect((await patch(editor, '?locale=vi&draft=true', { layout: text(VI_DRAFT) })).status).toBe(
      200,
    )
    expect(
      (await patch(editor, '?locale=en&draft=true', { layout: text(EN_DRAFT_2) })).status,
    ).toBe(200)
    await noDraftIsPublic([VI_DRAFT, EN_DRAFT_2])
    expect((await get(VI_PATH)).html).toContain(VI_PUBLISHED)
    expect((await get(EN_PATH)).html).toContain(EN_PUBLISHED)

    // The approver publishes the Vietnamese page as the admin's Publish button does.
    const vi = await patch(approver, '?locale=vi', {
      title: 'Chức năng song ngữ',
      layout: text(VI_NEW),
      _status: 'published',
    })
    expect(vi.status).toBe(200)
    await shows(VI_PATH, VI_NEW)
    expect((await get(EN_PATH)).html).toContain(EN_PUBLISHED)
    await noDraftIsPublic([VI_DRAFT, EN_DRAFT_2])
  })

  it('is unpublished with the Vietnamese page: one status for both languages', async () => {
    // The admin's "Ngừng xuất bản" sends this, whichever language the form shows.
    const off = await jsonCall(
      server.url,
      approver,
      'PATCH',
      `/api/pages/${pageId}?unpublishAllLocales=true&depth=0`,
      { _status: 'draft' },
    )
    expect(off.status).toBe(200)
    await pollUntil(async () => (await get(VI_PATH)).status === 404, 10_000, 'Vietnamese page off')
    expect((await get(EN_PATH)).status).toBe(404)
    await noDraftIsPublic([VI_DRAFT, EN_DRAFT_2, VI_NEW, EN_PUBLISHED])
  })
})
