/**
 * Express middleware that counts reader page views on the server: no cookie, no script, no
 * third party. It sits in front of the page cache, so cached and rendered pages count the same,
 * and decides only when the response is finished: a GET answered 200 with HTML, for a public
 * page (page-kind.ts), from something that is not a bot (bots.ts); page-view.ts holds the rule.
 * One address counts a page once per visit (repeat-views.ts). The count is a map increment; the
 * flusher (flusher.ts) writes batches to the database.
 *
 * Behind nginx, the pages nginx answers from its micro-cache never get here: view-log.ts counts
 * those from nginx's datagrams, and only those, so each view counts once.
 */
import type { RequestHandler } from 'express'

import { candidatePage, countedAnswer, type PageView } from './page-view'
import { readershipState } from './state'
import { vietnamDay } from './vietnam-day'

export function countingEnabled(): boolean {
  return process.env.PAGE_VIEWS !== 'off'
}

/**
 * Sees one reader request (the direct path and nginx's datagrams both come here): the reader is
 * active ("Đang truy cập") whatever the request, and the tally gets a view when this address has
 * not counted this page in the last 30 minutes.
 */
export function countView(view: PageView, at = Date.now()): void {
  const { tally, active, repeats } = readershipState()
  active.saw(view.address)
  if (repeats.isNew(view.address, view.path, at))
    tally.add(vietnamDay(at), view.path, view.kind, view.key)
}

export function viewCounter(): RequestHandler {
  return (req, res, next) => {
    const page = candidatePage(req.method, req.path, req.headers)
    if (!page) return next()
    const address = req.ip ?? req.socket.remoteAddress ?? ''
    const agent = req.headers['user-agent']
    res.once('finish', () => {
      if (countedAnswer(res.statusCode, String(res.getHeader('content-type') ?? ''), agent))
        countView({ ...page, address })
    })
    next()
  }
}
