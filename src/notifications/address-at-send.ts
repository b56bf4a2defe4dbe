/**
 * Where a notice e-mail goes, decided when it is sent rather than when the move queued it: the
 * e-mail job may run minutes later (the runner ticks every few seconds, a failing mail server
 * is retried with backoff), and by then the person may have lost the role or the category that
 * made them a recipient, or the account may be gone. The same rule as for the notices
 * themselves (./recipients.ts `concerns`), applied to the account and the article as they are
 * now; the address is the account's current one.
 */
import type { PayloadRequest } from 'payload'

import type { NoticeKind } from './messages'
import { concerns, type UserRow } from './recipients'

export interface NoticeEmailTarget {
  to: string
  /** The account the notice is for; absent on jobs queued before recipients were re-checked. */
  recipient?: string | null
  kind?: string | null
  article?: string | null
}

const KINDS: ReadonlySet<string> = new Set<NoticeKind>([
  'editing',
  'approval',
  'returned',
  'published',
])

export type SendDecision = { send: true; to: string } | { send: false; why: string }

export async function addressAtSend(
  req: PayloadRequest,
  target: NoticeEmailTarget,
): Promise<SendDecision> {
  if (!target.recipient || !target.kind || !KINDS.has(target.kind))
    return { send: true, to: target.to }
  // Not found is an answer (null); any other failure throws, and the queue retries the job.
  const user = await req.payload.findByID({
    collection: 'users',
    id: target.recipient,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!user) return { send: false, why: `account ${target.recipient} no longer exists` }
  let article: { categories?: unknown } = {}
  if (target.article) {
    const found = await req.payload.findByID({
      collection: 'articles',
      id: target.article,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!found) return { send: false, why: `article ${target.article} no longer exists` }
    article = found
  }
  if (!concerns(user as UserRow, target.kind as NoticeKind, article))
    return {
      send: false,
      why: `account ${target.recipient} no longer holds the role or category of this notice`,
    }
  return user.email ? { send: true, to: user.email } : { send: false, why: 'no address' }
}
