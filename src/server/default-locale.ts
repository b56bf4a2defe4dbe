import type { RequestHandler } from 'express'

import { refusedLocale, withDefaultLocale } from '@/api/default-locale'

/**
 * API requests without `?locale=` read and write Vietnamese; an unknown locale is a 400 (see
 * @/api/default-locale).
 */
export function defaultContentLocale(): RequestHandler {
  return (req, res, next) => {
    const refused = refusedLocale(req.url)
    if (refused) {
      res.status(400).json({ errors: [{ message: refused }] })
      return
    }
    req.url = withDefaultLocale(req.url)
    next()
  }
}
