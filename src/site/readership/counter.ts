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
 *
 * This runs on every cached page, so it is kept cheap (bench/site/views-overhead.ts): the path's
 * verdict is remembered per path, the listener is a plain `on` (a response finishes once), and a
 * view costs one salted hash of the reader, shared by "Đang truy cập" and the once-per-visit rule.
 */
import type { RequestHandler } from 'express'

import { type CountedPage, countedPage, MAX_PATH } from './page-kind'
import { candidateRequest, countedAnswer, type PageView } from './page-view'
import { readershipState } from './state'
import { vietnamDay } from './vietnam-day'
import { readerBucket } from './visitor-hash'

export function countingEnabled(): boolean {
  return process.env.PAGE_VIEWS !== 'off'
}

const readerHash = new Int32Array(4)

/**
 * Sees one reader request (the direct path and nginx's datagrams both come here): the reader is
 * active ("Đang truy cập") whatever the request, and the tally gets a view when this address has
 * not counted this page in the last 30 minutes.
 */
export function countView(view: PageView, at = Date.now()): void {
  countPage(view, view.address, at)
}

function countPage(page: CountedPage, address: string, at: number): void {
  const { tally, salt, active, repeats } = readershipState()
  salt.renew(at)
  // One hash of the reader (an IPv4 address, an IPv6 /64) for both sets.
  salt.fingerprint(readerBucket(address), readerHash)
  active.sawFor(readerHash, at)
  if (repeats.isNewFor(readerHash, page.path, at))
    tally.add(vietnamDay(at), page.path, page.kind, page.key)
}

const MAX_REMEMBERED = 2000

export function viewCounter(): RequestHandler {
  // Path → its verdict (a page, or null: never counted); paths are few, an attacker's many
  // spellings only clear it now and then. Paths too long to count (up to 16 kB, the reader's
  // choice) are not remembered: 2,000 of them held 32 MB for nothing.
  const remembered = new Map<string, CountedPage | null>()
  const pageOf = (path: string): CountedPage | null => {
    if (path.length > MAX_PATH) return null
    let page = remembered.get(path)
    if (page === undefined) {
      page = countedPage(path)
      if (remembered.size >= MAX_REMEMBERED) remembered.clear()
      remembered.set(path, page)
    }
    return page
  }
  return (req, res, next) => {
    // The method and headers part of the rule runs each time; only the path's part is remembered.
    const page = candidateRequest(req.method, req.headers) ? pageOf(req.path) : null
    if (!page) return next()
    const address = req.ip ?? req.socket.remoteAddress ?? ''
    const agent = req.headers['user-agent']
    res.on('finish', () => {
      if (countedAnswer(res.statusCode, String(res.getHeader('content-type') ?? ''), agent))
        countPage(page, address, Date.now())
    })
    next()
  }
}
