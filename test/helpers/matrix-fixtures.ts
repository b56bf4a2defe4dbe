/**
 * Content and accounts for the role × route matrix (test/security/role-route-matrix.test.ts):
 * a published article, a published one with a pending secret draft, two reporters' drafts, an
 * article that was published once, public and draft-only media, tags and authors used or not,
 * preferences and a lock per user. Everything is made through the Local API of the running
 * server (never the demo accounts); staff then act over HTTP with their own JWT.
 */
import type { CollectionSlug, Payload } from 'payload'

import type { MatrixRole, SiteSlugs, StaffRole } from '../security/role-route-matrix.table'
import { auditEntry } from './audit-entries'
import { loginToken } from './http'
import { feedbackFixtures } from './matrix-feedback'
import { notesFixtures } from './matrix-notes'
import { pageFixtures } from './matrix-pages'
import { scheduleFixtures } from './matrix-schedule'
import { topicFixtures } from './matrix-topics'
import { pngBytes } from './staff'
import { createUser, passwordFor } from './users'

export interface Account {
  id: string
  email: string
  token: string
}

let counter = 0
/** A unique lower-case marker for titles, names and keys. */
export const marker = (prefix = 'mx') =>
  `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`

export async function pngFile(name: string) {
  const data = await pngBytes('#336699')
  return { data, mimetype: 'image/png', name: `${name}.png`, size: data.length }
}

export async function account(
  payload: Payload,
  url: string,
  role: StaffRole | 'reporter',
  suffix: string,
): Promise<Account> {
  const user = await createUser(payload, role, suffix)
  return {
    id: user.id,
    email: user.email,
    token: await loginToken(url, user.email, passwordFor(role)),
  }
}

const idOf = (doc: { id: string | number }) => String(doc.id)

/** Makes every document the matrix reads or attacks; returns their ids and the site's slugs. */
export async function matrixFixtures(payload: Payload, url: string) {
  const tag = `-${marker('m')}`
  const [reporter, editor, approver, admin, otherReporter] = await Promise.all([
    account(payload, url, 'reporter', tag),
    account(payload, url, 'editor', tag),
    account(payload, url, 'approver', tag),
    account(payload, url, 'admin', tag),
    account(payload, url, 'reporter', `${tag}-other`),
  ])
  const staff: Record<StaffRole, Account> = { reporter, editor, approver, admin }
  const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
    idOf(await payload.create({ collection, data: data as never, overrideAccess: true }))

  const secret = marker('tuyetmat')
  const draftTitle = `Bản nháp tuyệt mật ${secret}`
  const pendingTitle = `Tiêu đề chờ duyệt ${secret}`
  const category = await create('categories', { title: `Chuyên mục ma trận ${secret}` })
  const three = (collection: CollectionSlug, field: string, prefix: string) =>
    Promise.all(
      (['Đã đăng', 'Nháp', 'Chưa dùng'] as const).map((n) =>
        create(collection, { [field]: `${prefix} ${n} ${secret}` }),
      ),
    ) as Promise<[string, string, string]>
  const [publishedTag, draftTag, unusedTag] = await three('tags', 'name', 'Thẻ')
  const [publishedAuthor, draftAuthor, unusedAuthor] = await three('authors', 'name', 'Tác giả')
  const media = async (owner: Account, credit: string) =>
    idOf(
      await payload.create({
        collection: 'media',
        data: { alt: `Ảnh ${credit}`, caption: `Chú thích ${credit}`, credit, createdBy: owner.id },
        file: await pngFile(marker('anh')),
        overrideAccess: true,
      }),
    )
  const publishedCredit = `Thanh Công Khai ${secret}`
  const draftCredit = `Người Chụp Nháp ${secret}`
  const [publicPhoto, privatePhoto, reporterPhoto] = await Promise.all([
    media(reporter, publishedCredit),
    media(otherReporter, draftCredit),
    media(reporter, `Phóng viên ${secret}`),
  ])
  const article = async (data: Record<string, unknown>, draft: boolean) =>
    payload.create({
      collection: 'articles',
      data: { kind: 'news', _status: draft ? 'draft' : 'published', ...data } as never,
      draft,
      overrideAccess: true,
    })
  const published = await article(
    {
      title: `Tin công khai ${secret}`,
      categories: [category],
      tags: [publishedTag],
      authors: [publishedAuthor],
      coverImage: publicPhoto,
      createdBy: editor.id,
    },
    false,
  )
  const pending = await article({ title: `Tin đang sửa ${secret}`, createdBy: editor.id }, false)
  await payload.update({
    collection: 'articles',
    id: pending.id,
    data: { title: pendingTitle, sapo: `Sa pô chờ duyệt ${secret}` },
    draft: true,
    overrideAccess: true,
  })
  const otherDraft = await article(
    {
      title: draftTitle,
      categories: [category],
      tags: [draftTag],
      authors: [draftAuthor],
      coverImage: privatePhoto,
      createdBy: otherReporter.id,
    },
    true,
  )
  const reporterDraft = await article(
    { title: `Bản nháp của phóng viên ${secret}`, createdBy: reporter.id },
    true,
  )
  // Filed by the reporter, published by an editor, then unpublished: out of the reporter's reach.
  const once = await article({ title: `Đã gỡ ${secret}`, createdBy: reporter.id }, false)
  await payload.update({
    collection: 'articles',
    id: once.id,
    data: { _status: 'draft' },
    overrideAccess: true,
  })
  const versionOf = async (id: string | number, status?: 'published') => {
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: {
        parent: { equals: id },
        ...(status ? { 'version._status': { equals: status } } : {}),
      },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    if (!docs[0]) throw new Error(`no version of ${id}`)
    return idOf(docs[0])
  }

  const redirect = await create('redirects', { from: `/cu/${secret}`, to: '/' })
  const prefs = {} as Record<StaffRole, string>
  for (const role of ['reporter', 'editor', 'approver', 'admin'] as const) {
    const res = await fetch(`${url}/api/payload-preferences/${marker('pref')}`, {
      method: 'POST',
      headers: { authorization: `JWT ${staff[role].token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ value: { secret } }),
    })
    const body = (await res.json()) as { doc?: { id: string } }
    if (!body.doc) throw new Error(`preference for ${role}: ${res.status}`)
    prefs[role] = body.doc.id
  }
  const lock = await create('payload-locked-documents', {
    document: { relationTo: 'articles', value: otherDraft.id },
    user: { relationTo: 'users', value: editor.id },
  })
  // Locks are visible to whoever may edit the locked document: the reporter's own draft (held
  // by the editor) is theirs to see; the admin's account (held by the admin) is nobody else's.
  const reporterDraftLock = await create('payload-locked-documents', {
    document: { relationTo: 'articles', value: reporterDraft.id },
    user: { relationTo: 'users', value: editor.id },
  })
  const adminLock = await create('payload-locked-documents', {
    document: { relationTo: 'users', value: admin.id },
    user: { relationTo: 'users', value: admin.id },
  })
  const job = idOf(
    await payload.jobs.queue({ task: 'indexArticle', input: { id: 'none' }, queue: 'matrix' }),
  )
  await payload.kv.set(`matrix-${secret}`, { secret })
  const kv = await payload.find({
    collection: 'payload-kv' as CollectionSlug,
    where: { key: { equals: `matrix-${secret}` } },
    overrideAccess: true,
  })

  const slugOf = async (collection: 'articles' | 'tags' | 'authors' | 'categories', id: string) =>
    String(
      (
        (await payload.findByID({ collection, id, overrideAccess: true, draft: true })) as {
          slug?: string
        }
      ).slug,
    )
  const schedule = await scheduleFixtures(payload, secret)
  const topics = await topicFixtures(payload, secret, {
    published: idOf(published),
    draft: idOf(otherDraft),
  })
  const pages = await pageFixtures(payload, secret)
  const notes = await notesFixtures(payload, secret, staff, {
    otherDraft: idOf(otherDraft),
    reporterDraft: idOf(reporterDraft),
  })
  const feedback = await feedbackFixtures(payload, idOf(published), secret)
  // The cells look up a collection's own draft version here (see matrix-rest-cells.ts).
  Object.assign(schedule.versions, topics.versions, pages.versions)
  const { slugify } = await import('@/lib/slugify')
  const slugs: SiteSlugs = {
    published: String(published.slug),
    pending: String(pending.slug),
    draft: String(otherDraft.slug),
    category: await slugOf('categories', category),
    publishedTag: await slugOf('tags', publishedTag),
    draftTag: await slugOf('tags', draftTag),
    publishedAuthor: await slugOf('authors', publishedAuthor),
    draftAuthor: await slugOf('authors', draftAuthor),
    publishedCredit: slugify(publishedCredit),
    draftCredit: slugify(draftCredit),
    publishedLeader: schedule.slugs.publishedLeader,
    draftLeader: schedule.slugs.draftLeader,
    publishedTopic: topics.slugs.publishedTopic,
    draftTopic: topics.slugs.draftTopic,
    publishedPage: pages.slugs.publishedPage,
    draftPage: pages.slugs.draftPage,
    secret,
  }
  const tokens: Record<MatrixRole, string | undefined> = {
    anonymous: undefined,
    reporter: reporter.token,
    editor: editor.token,
    approver: approver.token,
    admin: admin.token,
  }
  return {
    staff,
    otherReporter,
    tokens,
    secret,
    secretTitles: [
      draftTitle,
      pendingTitle,
      `Sa pô chờ duyệt ${secret}`,
      ...schedule.secretTexts,
      ...topics.secretTexts,
      ...pages.secretTexts,
      ...notes.secretTexts,
      ...feedback.secretTexts,
    ],
    schedule,
    topics,
    pages,
    notes,
    feedback,
    /** What the public sees of the article with a pending draft. */
    pendingPublishedTitle: `Tin đang sửa ${secret}`,
    reporterDraft: { slug: String(reporterDraft.slug), title: reporterDraft.title },
    slugs,
    ids: {
      published: idOf(published),
      pending: idOf(pending),
      otherDraft: idOf(otherDraft),
      reporterDraft: idOf(reporterDraft),
      unpublished: idOf(once),
      category,
      publishedTag,
      draftTag,
      unusedTag,
      publishedAuthor,
      draftAuthor,
      unusedAuthor,
      publicPhoto,
      privatePhoto,
      reporterPhoto,
      redirect,
      prefs,
      lock,
      reporterDraftLock,
      adminLock,
      job,
      kv: kv.docs[0] ? idOf(kv.docs[0]) : 'none',
      contentChange: idOf(
        await payload.create({ collection: 'content-changes', data: {}, overrideAccess: true }),
      ),
      auditEntry: await auditEntry(payload),
      pageView: await pageViewRow(payload),
    },
    versions: {
      otherDraft: await versionOf(otherDraft.id),
      reporterDraft: await versionOf(reporterDraft.id),
      unpublishedPublished: await versionOf(once.id, 'published'),
    },
  }
}

/** A readership counter row, as the server's view counter writes them (never over the API). */
export async function pageViewRow(payload: Payload): Promise<string> {
  const doc = await payload.create({
    collection: 'page-views',
    data: { day: '2026-01-01', path: `/bai-viet/${marker('views')}`, kind: 'article', views: 3 },
    overrideAccess: true,
  })
  return String(doc.id)
}

export type MatrixFixtures = Awaited<ReturnType<typeof matrixFixtures>>
