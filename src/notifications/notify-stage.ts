/**
 * After a stage move (issue 11 §2): an in-admin notice for everyone whose queue the piece just
 * reached, for the person it was returned to, or for its author when it is published, and an
 * e-mail job for each. Both are written
 * in the save's transaction, so a refused or rolled-back move tells nobody; the e-mail itself
 * goes out later from the job queue (jobs/send-notification-email.ts). Nothing here may fail
 * the save: errors are logged in English and swallowed.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { SEND_EMAIL_TASK } from '@/jobs/send-notification-email'
import type { Article } from '@/payload-types'
import { siteOrigin } from '@/site/env'

import { type NoticeKind, noticeMessage } from './messages'
import { recipientsFor } from './recipients'

const KINDS: Record<string, NoticeKind> = {
  editing: 'editing',
  approval: 'approval',
  returned: 'returned',
  published: 'published',
}

export const articleAdminUrl = (id: string | number): string =>
  `${siteOrigin()}/admin/collections/articles/${id}`

function actorOf(req: PayloadRequest): { id: string | null; name: string } {
  const user = req.user?.collection === 'users' ? req.user : null
  if (!user) return { id: null, name: 'Hệ thống' }
  const u = user as { id: string | number; name?: string | null; email?: string | null }
  return { id: String(u.id), name: u.name || u.email || 'Một thành viên' }
}

export const notifyStageMove: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const from = operation === 'create' ? null : (previousDoc?.stage ?? null)
  const kind = doc.stage ? KINDS[doc.stage] : undefined
  if (!kind || from === doc.stage) return doc
  try {
    const actor = actorOf(req)
    const recipients = await recipientsFor(req, kind, doc, actor.id)
    const last = doc.stageHistory?.at(-1)
    const reason = last?.to === doc.stage ? last?.reason : null
    const text = noticeMessage({
      kind,
      title: doc.title,
      actorName: actor.name,
      reason,
      adminUrl: articleAdminUrl(doc.id),
    })
    for (const recipient of recipients) {
      await req.payload.create({
        collection: 'notifications',
        data: {
          recipient: recipient.id,
          kind: kind === 'editing' || kind === 'approval' ? 'queue' : kind,
          queue: kind === 'editing' || kind === 'approval' ? kind : null,
          message: text.message.slice(0, 500),
          article: doc.id,
          read: false,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (recipient.email)
        await req.payload.jobs.queue({
          task: SEND_EMAIL_TASK,
          input: {
            to: recipient.email,
            subject: text.subject,
            text: text.text,
            html: text.html,
            // Checked again when the e-mail is sent (./address-at-send.ts).
            recipient: recipient.id,
            kind,
            article: String(doc.id),
          },
          req,
        })
    }
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `Notifications for article ${doc.id} (${from ?? '∅'} → ${doc.stage}) not written`,
    )
  }
  return doc
}
