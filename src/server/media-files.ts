import express, { type RequestHandler } from 'express'

import { mediaFileHeaders, servedType } from '@/collections/Media/file-headers'

const notFound: RequestHandler = (_req, res) => {
  res.status(404).type('text/plain').send('Không tìm thấy tệp.')
}

/**
 * Serves uploads under `/api/media/file/<name>` straight from the media folder: faster than
 * Payload, cacheable, and outside the per-IP API limit that a page full of photos would eat.
 * Only flat names with an allowed extension (the accepted upload types; image sizes are .webp)
 * are served, each with its type, `nosniff` and a sandbox, and only when a media record names
 * the file (see known-media.ts). Everything else answers 404 here,
 * so no request under this path reaches Payload's own file route, which would type a planted
 * `.html` or `.svg` by its extension.
 */
export function mediaFiles(
  dir: string,
  isKnown: (name: string) => Promise<boolean>,
): RequestHandler[] {
  const guard: RequestHandler = async (req, res, next) => {
    let name = ''
    try {
      name = decodeURIComponent(req.path.slice(1))
    } catch {
      return notFound(req, res, next)
    }
    if (!name || /[\\/]/.test(name) || !servedType(name)) return notFound(req, res, next)
    // A file on disk that no media record names is a leftover (a crash between writing the
    // file and committing its record, a failed save): never served, whole or half-written.
    try {
      if (!(await isKnown(name))) return notFound(req, res, next)
    } catch (error) {
      return next(error)
    }
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
