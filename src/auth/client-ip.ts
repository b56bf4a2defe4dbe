import type { RequestHandler } from 'express'
import type { PayloadRequest } from 'payload'

/**
 * Payload runs inside Next and never sees Express's `req.ip` (which honours TRUST_PROXY), so
 * Express hands it over in this header. Any value a client sends under the same name is
 * replaced first, so it cannot be forged from outside.
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip'

export function clientIpHeader(): RequestHandler {
  return (req, _res, next) => {
    req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    next()
  }
}

/** The client address Express saw; `unknown` when Payload is served without the Express front. */
export const clientIp = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers.get(CLIENT_IP_HEADER) || 'unknown'
