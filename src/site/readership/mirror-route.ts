/**
 * The endpoint nginx's page-view mirror calls (deploy/nginx): one tiny request per page request
 * nginx receives, cached or not, carrying the original URI, method, user agent and nginx's
 * request id. It is mounted before everything else (no security headers, compression or page
 * cache: it answers 204 with no body at once) because it runs once per page view.
 *
 * Only nginx may use it: the connection must come from a proxy TRUST_PROXY names and present
 * the mirror key (mirror-key.ts); anything else gets a plain 404, as if the path did not exist.
 * nginx's location for this path is `internal`, so a client's own request for it never gets
 * the key attached. The view itself follows the same rule as the direct path (page-view.ts).
 */
import type { RequestHandler } from 'express'

import { fromTrustedProxy } from './counter'
import {
  keyMatches,
  MIRROR_KEY_HEADER,
  VIEW_ID_HEADER,
  VIEW_METHOD_HEADER,
  VIEW_URI_HEADER,
} from './mirror-key'
import { candidatePage, countedAnswer } from './page-view'
import type { ViewPairing } from './pairing'

const REQUEST_ID = /^[0-9a-f]{32}$/

export function viewMirrorRoute(key: string, pairing: ViewPairing | undefined): RequestHandler {
  return (req, res) => {
    if (!fromTrustedProxy(req) || !keyMatches(req.headers[MIRROR_KEY_HEADER], key)) {
      res.status(404).end()
      return
    }
    res.status(204).end()
    const id = req.headers[VIEW_ID_HEADER]
    const uri = req.headers[VIEW_URI_HEADER]
    if (!pairing || typeof id !== 'string' || !REQUEST_ID.test(id) || typeof uri !== 'string')
      return
    // The path exactly as Express's req.path would read it from the same request line.
    const path = uri.split(/[?#]/, 1)[0] ?? ''
    const method = String(req.headers[VIEW_METHOD_HEADER] ?? '')
    const page = path.startsWith('/') ? candidatePage(method, path, req.headers) : null
    // A mirrored answer is a page nginx kept: a 200 HTML page, so only the agent is left to check.
    // A request that cannot count needs no entry: its proxied twin cannot count either.
    if (page && countedAnswer(200, 'text/html', req.headers['user-agent']))
      pairing.mirrored(id, { ...page, address: req.ip ?? '' })
  }
}
