import type { Request, RequestHandler, Response } from 'express'
import onHeaders from 'on-headers'

/**
 * Who may keep a public page, and for how long. Next marks every rendered page
 * `private, no-cache, no-store` and varies it on its router headers, so no proxy or CDN could
 * keep one. Anonymous reader pages change only when content does, and the portal promises a
 * publish shows within 2 seconds: a shared cache (nginx's micro-cache, a CDN) may serve a page
 * for 1 s and then, while one request refreshes it, serve the old copy for 1 s more. Browsers
 * revalidate every time (max-age=0), so readers never hold a stale page themselves.
 *
 * Anything answered to someone with a session, a preview (draft mode) or an Authorization
 * header is `private, no-store`: it may show what only staff see, and must never be stored
 * where the next reader would get it.
 */
export const SHARED_PAGE_POLICY = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1'
export const PRIVATE_POLICY = 'private, no-store'

/** Payload's session cookie and Next's draft-mode cookies. */
const PERSONAL_COOKIE = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/

export function isPersonal(req: Request): boolean {
  return Boolean(req.headers.authorization) || PERSONAL_COOKIE.test(req.headers.cookie ?? '')
}

/** Editors' preview of drafts: personal whatever cookies arrive with it. */
const PREVIEW = /^\/xem-truoc(\/|$)/

/**
 * Sets the page's caching headers just before they are sent, over whatever Next chose. Only
 * complete successful pages are shared, and never one that sets a cookie. Pages vary on nothing
 * but their encoding: Next's router headers (`rsc`, `next-router-state-tree`, …) only matter for
 * its client navigation payloads, which carry an `_rsc` query and are never treated as pages here.
 */
export function applyPagePolicy(req: Request, res: Response): void {
  onHeaders(res, () => {
    if (isPersonal(req) || PREVIEW.test(req.path)) {
      res.setHeader('Cache-Control', PRIVATE_POLICY)
      return
    }
    if (res.statusCode !== 200 || res.getHeader('set-cookie')) return
    res.setHeader('Cache-Control', SHARED_PAGE_POLICY)
    res.setHeader('Vary', 'Accept-Encoding')
  })
}

/**
 * Admin and API answers are never stored by a shared cache: many depend on who asks. Set
 * before the handler runs, so a route that knows better (media files, feeds) still overrides it.
 */
export function privateByDefault(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Cache-Control', PRIVATE_POLICY)
    next()
  }
}
