import type { RequestHandler } from 'express'

/**
 * One spelling per address. Express matches its routes and checks on the path as sent, while
 * Next resolves dot segments (`/a/./b`, `/a/x/../b`, `%2e`) before routing: `/trang-loi/./404`
 * answered the 404 page with 200 past the error pages' own-address check (error-pages.ts), and
 * `/bai-viet/x/../<slug>` was a page-cache entry of its own (page-cache.ts keys on the path as
 * sent), so any client could fill the readers' shared cache with copies. Browsers and crawlers
 * resolve dot segments before sending, so only hand-made requests carry them: they are sent
 * (308, method and body kept) to the resolved path, where every route, limit and check applies
 * as written; one that would resolve to `//host` (an open redirect) is refused instead.
 */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i

export function canonicalPath(): RequestHandler {
  return (req, res, next) => {
    const at = req.originalUrl.indexOf('?')
    const path = at < 0 ? req.originalUrl : req.originalUrl.slice(0, at)
    if (!DOT_SEGMENT.test(path)) return next()
    const resolved = new URL(`http://portal.invalid${path.startsWith('/') ? '' : '/'}${path}`)
      .pathname
    if (resolved.startsWith('//') || DOT_SEGMENT.test(resolved)) {
      res.status(400).type('text/plain; charset=utf-8').send('Địa chỉ không hợp lệ.')
      return
    }
    res.redirect(308, resolved + (at < 0 ? '' : req.originalUrl.slice(at)))
  }
}
