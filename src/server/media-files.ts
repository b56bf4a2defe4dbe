import express, { type RequestHandler } from 'express'

import { mediaFileHeaders, servedType } from '@/collections/Media/file-headers'

const notFound: RequestHandler = (_req, res) => {
  res.status(404).type('text/plain').send('Không tìm thấy tệp.')
}

/**
 * Serves uploads under `/api/media/file/<name>` straight from the media folder: faster than
 * Payload, cacheable, and outside the per-IP API limit that a page full of photos would eat.
 * Only flat names with an allowed extension (the accepted upload types; image sizes are .webp)
 * are served, each with its type, `nosniff` and a sandbox. Everything else answers 404 here,
 * so no request under this path reaches Payload's own file route, which would type a planted
 * `.html` or `.svg` by its extension.
 */
export function mediaFiles(dir: string): RequestHandler[] {
  const guard: RequestHandler = (req, res, next) => {
    let name = ''
    try {
      name = decodeURIComponent(req.path.slice(1))
    } catch {
      return notFound(req, res, next)
    }
    if (!name || /[\\/]/.test(name) || !servedType(name)) return notFound(req, res, next)
    next()
  }
  const files = express.static(dir, {
    maxAge: '1d',
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    setHeaders: (res, filePath) => {
      const type = servedType(filePath)
      if (type)
        for (const [key, value] of Object.entries(mediaFileHeaders(type))) res.setHeader(key, value)
    },
  })
  return [guard, files, notFound]
}
