import type { RequestHandler } from 'express'

import { withDefaultLocale } from '@/api/default-locale'

/** API requests without `?locale=` read and write Vietnamese (see @/api/default-locale). */
export function defaultContentLocale(): RequestHandler {
  return (req, _res, next) => {
    req.url = withDefaultLocale(req.url)
    next()
  }
}
