/**
 * How the role × route matrix exercises each collection: which document a role must see, which
 * it must not, how to make a fresh one (owned by someone) to update or delete, and a valid body
 * to create one. The expectations themselves live in test/security/role-route-matrix.table.ts.
 */
import type { CollectionSlug, Payload } from 'payload'

import type { MatrixRole, StaffRole } from '../security/role-route-matrix.table'
import { auditEntry } from './audit-entries'
import { feedbackProbes } from './matrix-feedback'
import type { MatrixFixtures } from './matrix-fixtures'
import { marker, pageViewRow, pngFile } from './matrix-fixtures'
import { notesProbes } from './matrix-notes'
import { pageProbes } from './matrix-pages'
import { scheduleProbes } from './matrix-schedule'
import { topicProbes } from './matrix-topics'
import { createUser } from './users'

export interface Probe {
  /** A document this role must see when its read cell allows anything (for A: a restricted one). */
  visible: (role: MatrixRole) => string | undefined
  /** A document only an unrestricted (A) reader sees: the proof that nothing was filtered. */
  all?: string
  /** A document a filtered (F/O) reader in this role must not see. */
  hidden: (role: MatrixRole) => string | undefined
  /** A document owned by someone other than `role` (target of refused writes). */
  foreign: (role: MatrixRole) => string
  /** A new document, owned by `owner` when given, to update or delete. */
  fresh: (owner?: StaffRole) => Promise<string>
  /** The field an update writes its marker into (and a create, unless `createField`). */
  field: string
  createField?: string
  /** The value an update sends for `mark` (default: the marker itself). */
  send?: (mark: string) => unknown
  /** What the stored field shows after that update (default: the marker itself). */
  updated?: (mark: string) => string
  /** A valid REST create body carrying `mark` in `field`. */
  body: (mark: string, role: MatrixRole) => Record<string, unknown>
  /** A valid GraphQL create input (defaults to `body`). */
  gqlData?: (mark: string, role: MatrixRole) => Record<string, unknown>
  /** The marker as a create stores it (e.g. an e-mail or a path built from it). */
  stored?: (mark: string) => string
  /** The last path segment that GETs or DELETEs document `id` (default: the id). */
  path?: (id: string) => Promise<string>
}

export function matrixProbes(payload: Payload, f: MatrixFixtures): Record<string, Probe> {
  const { ids, staff } = f
  const ownerId = (owner?: StaffRole) => (owner ? staff[owner].id : f.otherReporter.id)
  const make = async (collection: CollectionSlug, data: Record<string, unknown>, draft = false) =>
    String(
      (await payload.create({ collection, data: data as never, overrideAccess: true, draft })).id,
    )
  const staffOnly = (id: string) => (role: MatrixRole) => (role === 'anonymous' ? undefined : id)
  const plain = (collection: CollectionSlug, name: string, id: string): Probe => ({
    visible: () => id,
    all: id,
    hidden: () => undefined,
    foreign: () => id,
    fresh: () => make(collection, { [name]: `Mới ${marker()}` }),
    field: name,
    body: (mark) => ({ [name]: mark }),
  })
  const taxonomy = (collection: CollectionSlug, used: string, unused: string): Probe => ({
    ...plain(collection, 'name', used),
    all: unused,
    visible: (role) => (role === 'anonymous' ? used : unused),
    hidden: (role) => (role === 'anonymous' ? unused : undefined),
  })
  const prefOwner = (role: MatrixRole): StaffRole => (role === 'editor' ? 'reporter' : 'editor')

  return {
    ...scheduleProbes(payload, f.schedule, marker),
    ...topicProbes(payload, f.topics, marker),
    ...pageProbes(payload, f.pages, marker),
    ...feedbackProbes(f.feedback),
    articles: {
      visible: (role) =>
        role === 'anonymous'
          ? ids.published
          : role === 'reporter'
            ? ids.reporterDraft
            : ids.otherDraft,
      hidden: (role) => (role === 'anonymous' || role === 'reporter' ? ids.otherDraft : undefined),
      all: ids.otherDraft,
      foreign: () => ids.otherDraft,
      fresh: (owner) =>
        make(
          'articles',
          { title: `Nháp ${marker()}`, kind: 'news', _status: 'draft', createdBy: ownerId(owner) },
          true,
        ),
      field: 'title',
      body: (mark) => ({ title: mark, kind: 'news', _status: 'draft' }),
    },
    media: {
      visible: (role) => (role === 'anonymous' ? ids.publicPhoto : ids.privatePhoto),
      hidden: (role) => (role === 'anonymous' ? ids.privatePhoto : undefined),
      all: ids.privatePhoto,
      foreign: () => ids.privatePhoto,
      fresh: async (owner) =>
        String(
          (
            await payload.create({
              collection: 'media',
              data: { alt: 'Ảnh mới', createdBy: ownerId(owner) },
              file: await pngFile(marker('moi')),
              overrideAccess: true,
            })
          ).id,
        ),
      field: 'caption',
      body: (mark) => ({ alt: 'Ảnh', caption: mark }),
    },
    categories: plain('categories', 'title', ids.category),
    tags: taxonomy('tags', ids.publishedTag, ids.unusedTag),
    authors: taxonomy('authors', ids.publishedAuthor, ids.unusedAuthor),
    users: {
      visible: (role) =>
        role === 'anonymous' ? undefined : role === 'admin' ? f.otherReporter.id : staff[role].id,
      hidden: (role) =>
        role === 'reporter' || role === 'editor' || role === 'approver'
          ? f.otherReporter.id
          : undefined,
      all: f.otherReporter.id,
      foreign: () => f.otherReporter.id,
      fresh: async (owner) =>
        owner ? staff[owner].id : (await createUser(payload, 'reporter', `-${marker()}`)).id,
      field: 'name',
      createField: 'email',
      body: (mark) => ({
        email: `${mark}@test.vn`,
        password: 'Pw-matrix-123456',
        roles: ['reporter'],
      }),
      stored: (mark) => `${mark}@test.vn`,
    },
    redirects: {
      ...plain('redirects', 'to', ids.redirect),
      visible: staffOnly(ids.redirect),
      fresh: () => make('redirects', { from: `/cu/${marker()}`, to: '/' }),
      body: (mark) => ({ from: `/cu/${mark}`, to: `/${mark}` }),
      send: (mark) => `/${mark}`,
      stored: (mark) => `/${mark}`,
    },
    'payload-preferences': {
      visible: (role) => (role === 'anonymous' ? undefined : ids.prefs[role]),
      hidden: (role) => (role === 'anonymous' ? undefined : ids.prefs[prefOwner(role)]),
      foreign: (role) => ids.prefs[prefOwner(role)],
      // Payload sets a preference's owner from the request's user, so make it as that user.
      fresh: async (owner) => {
        const user = await payload.findByID({
          collection: 'users',
          id: ownerId(owner ?? 'editor'),
          overrideAccess: true,
        })
        const doc = await payload.create({
          collection: 'payload-preferences',
          data: { key: marker('pref'), value: {} } as never,
          user: { ...user, collection: 'users' },
          overrideAccess: true,
        })
        return String(doc.id)
      },
      // Payload's own routes GET and DELETE /api/payload-preferences/:key (the caller's, by key).
      path: async (id) =>
        String(
          (
            await payload.findByID({
              collection: 'payload-preferences',
              id,
              overrideAccess: true,
            })
          ).key,
        ),
      field: 'key',
      // Names someone else as the owner: the stored preference must belong to the caller anyway.
      body: (mark, role) => ({
        key: mark,
        value: { mark },
        user: { relationTo: 'users', value: staff[prefOwner(role)].id },
      }),
      gqlData: (mark, role) => ({
        key: mark,
        user: { relationTo: 'users', value: staff[prefOwner(role)].id },
      }),
    },
    // Visible to the holder and to whoever may edit the locked document (table's `means`).
    'payload-locked-documents': {
      visible: (role) =>
        role === 'anonymous' ? undefined : role === 'reporter' ? ids.reporterDraftLock : ids.lock,
      all: ids.adminLock,
      hidden: (role) => (role === 'reporter' ? ids.lock : ids.adminLock),
      foreign: (role) => (role === 'reporter' ? ids.lock : ids.adminLock),
      fresh: (owner) =>
        make('payload-locked-documents', {
          globalSlug: marker('lock'),
          user: { relationTo: 'users', value: staff[owner ?? 'editor'].id },
        }),
      field: 'globalSlug',
      body: (mark) => ({ globalSlug: mark, user: { relationTo: 'users', value: staff.editor.id } }),
    },
    'payload-jobs': {
      visible: () => undefined,
      hidden: () => undefined,
      foreign: () => ids.job,
      fresh: async () =>
        String(
          (await payload.jobs.queue({ task: 'indexArticle', input: { id: 'x' }, queue: 'matrix' }))
            .id,
        ),
      field: 'queue',
      body: (mark) => ({ taskSlug: 'indexArticle', queue: mark, input: { id: 'x' } }),
    },
    'payload-kv': {
      visible: () => undefined,
      hidden: () => undefined,
      foreign: () => ids.kv,
      fresh: async () => {
        const key = marker('kv')
        await payload.kv.set(key, { key })
        const { docs } = await payload.find({
          collection: 'payload-kv' as CollectionSlug,
          where: { key: { equals: key } },
          overrideAccess: true,
        })
        return String(docs[0]?.id)
      },
      field: 'key',
      body: (mark) => ({ key: mark, data: { mark } }),
    },
    // Internal rows with no fields of their own: a marker can only go where an id would.
    'content-changes': {
      visible: () => undefined,
      hidden: () => undefined,
      foreign: () => ids.contentChange,
      fresh: async () =>
        String(
          (await payload.create({ collection: 'content-changes', data: {}, overrideAccess: true }))
            .id,
        ),
      field: 'id',
      body: (mark) => ({ id: mark }),
    },
    // Append-only: admins read every entry; nobody creates, changes or deletes one over the API.
    'audit-log': {
      visible: (role) => (role === 'admin' ? ids.auditEntry : undefined),
      all: ids.auditEntry,
      hidden: () => undefined,
      foreign: () => ids.auditEntry,
      fresh: () => auditEntry(payload),
      field: 'summary',
      body: (mark) => ({ at: new Date().toISOString(), action: 'update', summary: mark }),
    },
    // Readership counters: editors and admins read them; only the server's counter writes them.
    'page-views': {
      visible: (role) => (role === 'admin' || role === 'editor' ? ids.pageView : undefined),
      all: ids.pageView,
      hidden: () => undefined,
      foreign: () => ids.pageView,
      fresh: () => pageViewRow(payload),
      field: 'path',
      body: (mark) => ({ day: '2026-01-02', path: `/${mark}`, kind: 'other', views: 1 }),
    },
    ...notesProbes(payload, f, make),
    'payload-migrations': {
      visible: () => undefined,
      hidden: () => undefined,
      foreign: () => '00000000-0000-4000-8000-000000000000',
      fresh: async () => '00000000-0000-4000-8000-000000000000',
      field: 'name',
      body: (mark) => ({ name: mark, batch: 1 }),
    },
  }
}
