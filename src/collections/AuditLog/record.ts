/**
 * The one way entries get into the audit log. Auditing must never break the operation it
 * records: a failure to write is logged (English) and swallowed. With the caller's `req` the
 * entry joins its transaction, so an operation that rolls back leaves no entry claiming it
 * happened; without one (failed logins, whose request is an error) it is written on its own.
 */
import type { Payload, PayloadRequest } from 'payload'

import { clientIp } from '@/auth/client-ip'

import type { AuditAction } from './actions'
import { AUDIT_WRITE_FLAG } from './context-flags'
import { truncate } from './summary'

export const AUDIT_SLUG = 'audit-log'

/** Written for actions no signed-in person made (jobs, seed, the `cms` command). */
export const SYSTEM_ACTOR = '(hệ thống)'

export interface AuditEntry {
  action: AuditAction
  /** Collection or global slug the action touched. */
  collectionSlug?: string
  documentId?: string | number | null
  documentTitle?: string | null
  summary?: string
  /** Defaults to `req.user`. */
  actor?: { id: string | number; email?: string | null } | null
  /** Defaults to the actor's e-mail; kept when the user is later deleted. */
  actorEmail?: string
  /** Defaults to the client address Express saw for `req`. */
  ip?: string
}

type AuditRequest = Pick<PayloadRequest, 'headers' | 'user' | 'payloadAPI' | 'context'>

function requestIp(req: AuditRequest | undefined): string {
  if (!req?.headers) return 'local'
  const ip = clientIp(req)
  return ip === 'unknown' && req.payloadAPI === 'local' ? 'local' : ip
}

function requestActor(req: AuditRequest | undefined): AuditEntry['actor'] {
  const user = req?.user
  if (!user || user.collection !== 'users') return null
  return { id: user.id, email: (user as { email?: string | null }).email }
}

export async function recordAudit(
  payload: Payload,
  entry: AuditEntry,
  req?: PayloadRequest,
): Promise<void> {
  const actor = entry.actor === undefined ? requestActor(req) : entry.actor
  try {
    await payload.create({
      collection: AUDIT_SLUG,
      data: {
        at: new Date().toISOString(),
        action: entry.action,
        actor: actor ? String(actor.id) : null,
        actorEmail: truncate(entry.actorEmail ?? actor?.email ?? SYSTEM_ACTOR, 254),
        collectionSlug: entry.collectionSlug,
        documentId: entry.documentId == null ? undefined : String(entry.documentId),
        documentTitle: entry.documentTitle ? truncate(entry.documentTitle, 300) : undefined,
        ip: truncate(entry.ip ?? requestIp(req), 64),
        summary: entry.summary ? truncate(entry.summary) : undefined,
      },
      context: { [AUDIT_WRITE_FLAG]: true },
      overrideAccess: true,
      depth: 0,
      req,
    })
  } catch (error) {
    payload.logger.error(
      { err: error },
      `Audit entry not written (${entry.action} ${entry.collectionSlug ?? ''} ${entry.documentId ?? ''})`,
    )
  } finally {
    // Payload merges the create's context into the caller's request: take the flag back out.
    if (req?.context) delete req.context[AUDIT_WRITE_FLAG]
  }
}

/**
 * For the editorial stages (issue 11 §1): one entry per transition, e.g.
 * `recordStageTransition(req, { id, title, from: 'editing', to: 'returned', reason })`.
 */
export async function recordStageTransition(
  req: PayloadRequest,
  t: {
    id: string | number
    title?: string | null
    from?: string | null
    to: string
    reason?: string | null
  },
): Promise<void> {
  const reason = t.reason ? ` — ${t.reason}` : ''
  await recordAudit(
    req.payload,
    {
      action: 'stage-transition',
      collectionSlug: 'articles',
      documentId: t.id,
      documentTitle: t.title,
      summary: `stage: ${t.from ?? '∅'} → ${t.to}${reason}`,
    },
    req,
  )
}
