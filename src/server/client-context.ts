import { randomUUID } from 'node:crypto'

import type { RequestHandler } from 'express'

import { CLIENT_IP_HEADER, REQUEST_ID_HEADER } from '@/auth/client-ip'
import { loginThrottle } from '@/auth/login-limits'
import { SITE_PATH_HEADER } from '@/site/path-header'

/**
 * Tells Payload who is asking (the client address Express derived with TRUST_PROXY), which
 * request this is and the site path being read (for the header's language switch,
 * @/site/path-header), overwriting whatever the client sent under those names; when the response
 * is done, the request's login attempts start their backoff (src/auth/login-throttle.ts).
 */
export function clientContext(): RequestHandler {
  return (req, res, next) => {
    const id = randomUUID()
    req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    req.headers[REQUEST_ID_HEADER] = id
    req.headers[SITE_PATH_HEADER] = req.path
    res.once('close', () => loginThrottle().settle(id))
    next()
  }
}
