import type { PayloadRequest } from 'payload'

/**
 * Payload runs inside Next and never sees Express's `req.ip` (which honours TRUST_PROXY) nor
 * when the response has gone out, so Express hands both over in headers
 * (src/server/client-context.ts). Any value a client sends under these names is replaced first,
 * so neither can be forged from outside.
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip'
export const REQUEST_ID_HEADER = 'x-portal-request-id'

/** The client address Express saw; `unknown` when Payload is served without the Express front. */
export const clientIp = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers.get(CLIENT_IP_HEADER) || 'unknown'

/** Express's id for this request, to settle login attempts when it ends; unset without Express. */
export const requestId = (req: Pick<PayloadRequest, 'headers'>): string | undefined =>
  req.headers.get(REQUEST_ID_HEADER) || undefined
