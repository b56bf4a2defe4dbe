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
 *
 * Percent-escapes likewise: `/bai-viet/%70hong-van…` is `/bai-viet/phong-van…` (an escaped
 * unreserved character is that character, RFC 3986 §6.2.2.2) and Next renders it so, but the
 * page cache and the readership counter saw another page: a fresh render and cache entry per
 * spelling, and an article's views split over rows. Escaped unreserved characters are written
 * plainly and the other escapes in upper case (§6.2.2.1), as browsers send them.
 */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i
const ESCAPE = /%([0-9a-f]{2})/gi
const UNRESERVED = /^[A-Za-z0-9\-._~]$/

/** `path` with escaped unreserved characters decoded and every other escape in upper case. */
export function normalizeEscapes(path: string): string {
  return path.replace(ESCAPE, (_escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16))
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`
  })
}

export function canonicalPath(): RequestHandler {
  return (req, res, next) => {
    const at = req.originalUrl.indexOf('?')
    const path = at < 0 ? req.originalUrl : req.originalUrl.slice(0, at)
    let resolved = normalizeEscapes(path)
    if (DOT_SEGMENT.test(resolved))
      resolved = new URL(`http://portal.invalid${resolved.startsWith('/') ? '' : '/'}${resolved}`)
        .pathname
    if (resolved === path) return next()
    if (resolved.startsWith('//') || DOT_SEGMENT.test(resolved)) {
      res.status(400).type('text/plain; charset=utf-8').send('Địa chỉ không hợp lệ.')
      return
    }
    res.redirect(308, resolved + (at < 0 ? '' : req.originalUrl.slice(at)))
  }
}
