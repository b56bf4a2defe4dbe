/**
 * Logins, failed logins and logouts. A failed login raises an error before any "after" hook of
 * the collection runs, so the attempt is remembered in the request context when it starts and
 * the config-level `afterError` hook (which Payload calls for REST and GraphQL alike) records
 * it as failed. The entry is written outside the failed request's transaction.
 */
import type {
  AfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { clientIp } from '@/auth/client-ip'

import { recordAudit } from '../record'

const PENDING = 'auditLog:loginAttempts'

const pending = (req: PayloadRequest): string[] => {
  const list = req.context[PENDING]
  if (Array.isArray(list)) return list as string[]
  const fresh: string[] = []
  req.context[PENDING] = fresh
  return fresh
}

const attemptedAccount = (data: unknown): string => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const value = typeof email === 'string' ? email : typeof username === 'string' ? username : ''
  return value.trim().toLowerCase()
}

export const rememberLoginAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') pending(req).push(attemptedAccount((args as { data?: unknown }).data))
  return args
}

export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const email = (user as { email?: string }).email
  // Aliased GraphQL logins share one request: take this account's attempt off the list.
  const list = pending(req)
  const index = list.indexOf(String(email ?? '').toLowerCase())
  list.splice(index >= 0 ? index : 0, 1)
  await recordAudit(
    req.payload,
    {
      action: 'login',
      actor: { id: user.id, email },
      collectionSlug: collection.slug,
      documentId: user.id,
      documentTitle: email,
    },
    req,
  )
  return user
}

export const auditLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  if (!req.user) return
  await recordAudit(
    req.payload,
    {
      action: 'logout',
      collectionSlug: collection.slug,
      documentId: req.user.id,
      documentTitle: (req.user as { email?: string }).email,
    },
    req,
  )
}

const statusOf = (error: unknown): number | undefined => {
  const e = error as { status?: unknown; originalError?: { status?: unknown } }
  const status = e.status ?? e.originalError?.status
  return typeof status === 'number' ? status : undefined
}

const messageOf = (error: unknown): string => {
  const e = error as { message?: unknown; originalError?: { message?: unknown } }
  const message = e.originalError?.message ?? e.message
  return typeof message === 'string' ? message : 'error'
}

/** Config-level: any error while a login of this request is pending is that login failing. */
export const auditLoginFailure: AfterErrorHook = async ({ error, req }) => {
  if (!req?.context) return
  const list = req.context[PENDING]
  if (!Array.isArray(list) || !list.length) return
  const account = String(list.shift() ?? '')
  const status = statusOf(error)
  await recordAudit(req.payload, {
    action: 'login-failed',
    actor: null,
    actorEmail: account || '(trống)',
    collectionSlug: 'users',
    documentTitle: account,
    ip: clientIp(req),
    summary: `${status ?? 'error'}: ${messageOf(error)}`,
  })
}
