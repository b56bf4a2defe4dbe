/**
 * Express middleware that counts reader page views on the server: no cookie, no script, no
 * third party. It sits in front of the page cache, so cached and rendered pages count the same,
 * and decides only when the response is finished: a GET answered 200 with HTML, for a public
 * page (page-kind.ts), from something that is not a bot (bots.ts). The count is a map increment;
 * the flusher (flusher.ts) writes batches to the database.
 */
import type { RequestHandler } from 'express'

import { isBotAgent } from './bots'
import { countedPage } from './page-kind'
import { readershipState } from './state'
import { vietnamDay } from './vietnam-day'

export function countingEnabled(): boolean {
  return process.env.PAGE_VIEWS !== 'off'
}

export function viewCounter(): RequestHandler {
  const { tally, active } = readershipState()
  return (req, res, next) => {
    if (req.method !== 'GET') return next()
    const page = countedPage(req.path)
    if (!page) return next()
    // Client navigation payloads and prefetches are not views of a page.
    if (
      req.headers.rsc ||
      req.headers['next-router-prefetch'] ||
      req.headers.purpose === 'prefetch'
    )
      return next()
    const address = req.ip ?? req.socket.remoteAddress ?? ''
    const agent = req.headers['user-agent']
    res.once('finish', () => {
      if (res.statusCode !== 200) return
      if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return
      if (isBotAgent(agent)) return
      tally.add(vietnamDay(), page.path, page.kind, page.key)
      active.saw(address)
    })
    next()
  }
}
