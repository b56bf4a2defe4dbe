import type { RequestHandler } from 'express'

/**
 * Payload picks the admin language from its `payload-lng` cookie, else from the browser's
 * Accept-Language. Staff often run English-language browsers, so unless someone chose a
 * language in their account settings (which sets the cookie) the admin speaks Vietnamese.
 */
export function vietnameseAdminByDefault(): RequestHandler {
  return (req, _res, next) => {
    const cookie = req.headers.cookie ?? ''
    if (!/(?:^|;\s*)payload-lng=/.test(cookie)) req.headers['accept-language'] = 'vi'
    next()
  }
}
