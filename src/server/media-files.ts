import fs from 'node:fs'
import path from 'node:path'

import express, { type RequestHandler } from 'express'

import { mediaFileHeaders, servedType } from '@/collections/Media/file-headers'

import type { MediaVisibility } from './media-visibility'

/**
 * A public file: a browser keeps it for a day (the reader who has it has seen it), a shared cache
 * (a CDN, an office proxy) for a minute, so a photo taken down stops reaching new readers through
 * one within a minute of the server refusing it (media-visibility.ts, 5 s). nginx as generated
 * here keeps no media (deploy/nginx: every request still asks this server).
 */
export const PUBLIC_MEDIA_POLICY = 'public, max-age=86400, s-maxage=60'

const notFound: RequestHandler = (_req, res) => {
  res.status(404).type('text/plain').send('Không tìm thấy tệp.')
}

/**
 * Serves uploads under `/api/media/file/<name>` straight from the media folder: faster than
 * Payload, cacheable, and outside the per-IP API limit that a page full of photos would eat.
 * Only flat names with an allowed extension (the accepted upload types; image sizes are .webp)
 * are served, each with its type, `nosniff` and a sandbox, and only when a media record names
 * the file (media-visibility.ts): a leftover on disk (a crash between writing the file and
 * committing its record) is never served, whole or half-written. A file no published content
 * uses is served to staff only, never kept by shared caches. Everything else answers 404 here,
 * so no request under this path reaches Payload's own file route, which would type a planted
 * `.html` or `.svg` by its extension.
 */
export function mediaFiles(dir: string, visibility: MediaVisibility): RequestHandler[] {
  const guard: RequestHandler = async (req, res, next) => {
    let name = ''
    try {
      name = decodeURIComponent(req.path.slice(1))
    } catch {
      return notFound(req, res, next)
    }
    if (!name || /[\\/]/.test(name) || !servedType(name)) return notFound(req, res, next)
    try {
      const seen = await visibility.of(name)
      if (seen === 'public') return next()
      if (seen === 'private' && (await visibility.staffRequest(req.headers))) {
        res.locals.privateMedia = true
        return next()
      }
      return notFound(req, res, next)
    } catch (error) {
      next(error)
    }
  }
  const files = express.static(dir, {
    cacheControl: false,
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    setHeaders: (res, filePath) => {
      const type = servedType(filePath)
      if (type)
        for (const [key, value] of Object.entries(mediaFileHeaders(type))) res.setHeader(key, value)
      // A draft's file reaches staff only: no shared cache may keep it for anyone else.
      res.setHeader(
        'Cache-Control',
        res.locals.privateMedia === true ? 'private, no-store' : PUBLIC_MEDIA_POLICY,
      )
    },
  })
  const accel = process.env.MEDIA_ACCEL_REDIRECT
  return accel ? [guard, accelRedirect(dir, accel), notFound] : [guard, files, notFound]
}

/**
 * Behind nginx (`MEDIA_ACCEL_REDIRECT=/_media/`): this server still decides whether and how a
 * file is served (the checks above, its type and caching), then hands nginx the file's internal
 * location in `X-Accel-Redirect` and nginx sends the bytes (deploy/nginx). nginx adds the same
 * security headers for that location; they are set here too for any other proxy.
 */
function accelRedirect(dir: string, prefix: string): RequestHandler {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`
  return (req, res, next) => {
    const name = decodeURIComponent(req.path.slice(1))
    const type = servedType(name)
    if (!type) return next()
    fs.stat(path.join(dir, name), (error, stat) => {
      if (error || !stat.isFile()) return next()
      for (const [key, value] of Object.entries(mediaFileHeaders(type))) res.setHeader(key, value)
      res.setHeader(
        'Cache-Control',
        res.locals.privateMedia === true ? 'private, no-store' : PUBLIC_MEDIA_POLICY,
      )
      res.setHeader('X-Accel-Redirect', base + encodeURIComponent(name))
      res.status(200).end()
    })
  }
}
