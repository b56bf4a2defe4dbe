/**
 * Express middleware that counts reader page views on the server: no cookie, no script, no
 * third party. It sits in front of the page cache, so cached and rendered pages count the same,
 * and decides only when the response is finished: a GET answered 200 with HTML, for a public
 * page (page-kind.ts), from something that is not a bot (bots.ts); page-view.ts holds the rule.
 * The count is a map increment; the flusher (flusher.ts) writes batches to the database.
 *
 * Behind nginx with its page-view mirror (deploy/nginx), a request nginx proxies carries nginx's
 * request id; it is then counted through the pairing (pairing.ts), which also hears the mirror,
 * so a micro-cache miss (mirror + proxied request) counts once and a hit (mirror only) counts too.
 */
import type { Request, RequestHandler } from 'express'

import { VIEW_ID_HEADER, VIEW_METHOD_HEADER } from './mirror-key'
import { candidatePage, countedAnswer, type PageView } from './page-view'
import type { ViewPairing } from './pairing'
import { readershipState } from './state'
import { vietnamDay } from './vietnam-day'

export function countingEnabled(): boolean {
  return process.env.PAGE_VIEWS !== 'off'
}

/** Adds one view to the in-memory tally. */
export function countView(view: PageView, at = Date.now()): void {
  const { tally, active } = readershipState()
  tally.add(vietnamDay(at), view.path, view.kind, view.key)
  active.saw(view.address)
}

type TrustFn = (address: string, hop: number) => boolean

/** Whether the connection comes from a proxy TRUST_PROXY names (nginx), not from a client. */
export function fromTrustedProxy(req: Request): boolean {
  const trust = req.app.get('trust proxy fn') as TrustFn | undefined
  return Boolean(trust?.(req.socket.remoteAddress ?? '', 0))
}

const REQUEST_ID = /^[0-9a-f]{32}$/

/** nginx's `$request_id` on a request it proxied, believed only from a trusted proxy. */
function pairedId(req: Request): string | null {
  const id = req.headers[VIEW_ID_HEADER]
  return typeof id === 'string' && REQUEST_ID.test(id) && fromTrustedProxy(req) ? id : null
}

export function viewCounter(pairing?: ViewPairing): RequestHandler {
  return (req, res, next) => {
    const page = candidatePage(req.method, req.path, req.headers)
    if (!page) return next()
    const address = req.ip ?? req.socket.remoteAddress ?? ''
    const agent = req.headers['user-agent']
    const id = pairing ? pairedId(req) : null
    const viewOfAnswer = (): PageView | null =>
      countedAnswer(res.statusCode, String(res.getHeader('content-type') ?? ''), agent)
        ? { ...page, address }
        : null
    if (pairing && id) {
      // nginx turns a HEAD into a GET when it fills its cache: the reader's method decides.
      const method = req.headers[VIEW_METHOD_HEADER]
      const asked = method === undefined || method === 'GET'
      pairing.proxiedStart(id)
      res.once('finish', () => pairing.proxiedEnd(id, asked ? viewOfAnswer() : null))
      res.once('close', () => {
        if (!res.writableFinished) pairing.proxiedEnd(id, null)
      })
    } else {
      res.once('finish', () => {
        const view = viewOfAnswer()
        if (view) countView(view)
      })
    }
    next()
  }
}
