/**
 * Internal notes and notifications in the role × route matrix (issue 11 §2): a note on another
 * reporter's draft and one on the matrix reporter's own piece (both written by staff), and one
 * notice per staff account; then how the matrix exercises both collections. The note texts
 * carry the matrix secret, so every public answer is also checked not to hold them.
 */
import type { CollectionSlug, Payload } from 'payload'

import type { MatrixRole, StaffRole } from '../security/role-route-matrix.table'
import type { Probe } from './matrix-probes'

type Make = (collection: CollectionSlug, data: Record<string, unknown>) => Promise<string>
type Ids = Record<StaffRole, { id: string }>

const idOf = (doc: { id: string | number }) => String(doc.id)
let n = 0
const mark = () => `ntf${Date.now().toString(36)}${(n++).toString(36)}`

export async function notesFixtures(
  payload: Payload,
  secret: string,
  staff: Ids,
  articles: { otherDraft: string; reporterDraft: string },
) {
  const note = async (article: string, author: string, text: string) =>
    idOf(
      await payload.create({
        collection: 'editorial-notes',
        data: { article, author, text },
        overrideAccess: true,
      }),
    )
  const texts = {
    onOther: `Ghi chú nội bộ về bản nháp ${secret}`,
    onReporter: `Ghi chú gửi phóng viên ${secret}`,
    byApprover: `Ghi chú của lãnh đạo ${secret}`,
  }
  const onOther = await note(articles.otherDraft, staff.editor.id, texts.onOther)
  const onReporter = await note(articles.reporterDraft, staff.editor.id, texts.onReporter)
  const byApprover = await note(articles.otherDraft, staff.approver.id, texts.byApprover)
  const notices = {} as Record<StaffRole, string>
  for (const role of ['reporter', 'editor', 'approver', 'admin'] as const)
    notices[role] = await notice(payload, staff[role].id, articles.reporterDraft)
  return { onOther, onReporter, byApprover, notices, secretTexts: Object.values(texts) }
}

async function notice(payload: Payload, recipient: string, article: string): Promise<string> {
  return idOf(
    await payload.create({
      collection: 'notifications',
      // A returned piece concerns any staff role; a queue notice only its queue's role
      // (src/collections/Notifications/access.ts), so this one is readable by every recipient.
      data: { recipient, article, kind: 'returned', message: `Bài bị trả lại: ${mark()}` },
      overrideAccess: true,
    }),
  )
}

export function notesProbes(
  payload: Payload,
  f: {
    staff: Ids
    otherReporter: { id: string }
    ids: { published: string; reporterDraft: string }
    notes: Awaited<ReturnType<typeof notesFixtures>>
  },
  make: Make,
): Record<string, Probe> {
  const { notes, staff } = f
  const ownerId = (owner?: StaffRole) => (owner ? staff[owner].id : f.otherReporter.id)
  const otherRole = (role: MatrixRole): StaffRole => (role === 'editor' ? 'approver' : 'editor')
  return {
    'editorial-notes': {
      visible: (role) =>
        role === 'anonymous' ? undefined : role === 'reporter' ? notes.onReporter : notes.onOther,
      all: notes.onOther,
      hidden: (role) => (role === 'reporter' ? notes.onOther : undefined),
      foreign: (role) => (role === 'editor' ? notes.byApprover : notes.onOther),
      fresh: (owner) =>
        make('editorial-notes', {
          article: owner === 'reporter' ? f.ids.reporterDraft : f.ids.published,
          author: ownerId(owner),
          text: `Ghi chú mới ${mark()}`,
        }),
      field: 'text',
      body: (m) => ({ article: f.ids.reporterDraft, text: m }),
    },
    notifications: {
      visible: (role) => (role === 'anonymous' ? undefined : notes.notices[role]),
      hidden: (role) => (role === 'anonymous' ? undefined : notes.notices[otherRole(role)]),
      foreign: (role) => notes.notices[otherRole(role)],
      fresh: (owner) => notice(payload, ownerId(owner), f.ids.reporterDraft),
      // Only `read` can change, by the notice's owner.
      field: 'read',
      send: () => true,
      updated: () => 'true',
      createField: 'message',
      body: (m) => ({ recipient: staff.editor.id, kind: 'queue', message: m }),
    },
  }
}
