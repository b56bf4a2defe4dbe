import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { clientIp, requestId } from '@/auth/client-ip'
import { loginThrottle } from '@/auth/login-limits'

const fromHttp = (api: string | undefined) => api === 'REST' || api === 'GraphQL'

const account = (data: unknown): string => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  if (typeof email === 'string') return email
  return typeof username === 'string' ? username : ''
}

const waitText = (seconds: number): string =>
  seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`

/**
 * Every login over REST or GraphQL passes the per-(account, address) throttle, one mutation at
 * a time: aliased `loginUser` fields batched in one GraphQL document are each an operation here,
 * so batching gains nothing. Refused attempts never reach the password check.
 */
export const throttleLogin: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'login' || !fromHttp(req.payloadAPI)) return args
  const ip = clientIp(req)
  const verdict = loginThrottle().begin(
    account((args as { data?: unknown }).data),
    ip,
    Date.now(),
    requestId(req),
  )
  if (verdict.allowed) return args
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(seconds))
  req.payload.logger.warn(`Login throttled for ${ip}: retry in ${seconds} s`)
  throw new APIError(
    `Bạn đã đăng nhập sai nhiều lần. Vui lòng thử lại sau ${waitText(seconds)}.`,
    429,
    { retryAfter: seconds },
    true,
  )
}

/** A right password clears the pair, so a user who mistyped a few times starts afresh. */
export const clearLoginThrottle: CollectionAfterLoginHook = ({ req, user }) => {
  if (!fromHttp(req.payloadAPI)) return
  loginThrottle().succeeded(String((user as { email?: string }).email ?? ''), clientIp(req))
}
