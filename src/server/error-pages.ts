import type { Request, RequestHandler, Response } from 'express'

import { EN_HOME, isEnglishPath } from '@/site/i18n/routes'

/**
 * Server-rendered 404 and 500 pages. When a page calls notFound() or fails, Next answers with an
 * empty `<html id="__next_error__">` shell (no `lang`, no text) and renders the portal's page
 * only with JavaScript, which reader pages do not ship (strip-client-runtime.ts) and crawlers
 * may not run. This middleware replaces such a shell with the same page rendered as ordinary
 * HTML at /trang-loi/404 or /trang-loi/500 (fetched from this server, so the page cache keeps it),
 * keeping the status. If that render fails too, a minimal Vietnamese page goes out instead.
 */
export const ERROR_PAGE_PATHS: Record<number, string> = {
  404: '/trang-loi/404',
  500: '/trang-loi/500',
}

/** A missing English address gets the English 404 page (issue 12 §2), never the Vietnamese. */
export const ENGLISH_NOT_FOUND_PATH = `${EN_HOME}/page-not-found`

const NOT_SITE = /^\/(admin|api|_next|healthz)(\/|$)/
const ERROR_SHELL = /<html[^>]*\bid="__next_error__"/
const RENDER_TIMEOUT_MS = 5_000

const FALLBACK: Record<number, { title: string; text: string }> = {
  404: {
    title: 'Không tìm thấy trang',
    text: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi nơi khác.',
  },
  500: {
    title: 'Đã có lỗi xảy ra',
    text: 'Hệ thống đang gặp sự cố khi hiển thị trang này. Xin vui lòng thử lại sau ít phút.',
  },
}

export function fallbackErrorPage(status: number): string {
  const { title, text } = FALLBACK[status] ?? FALLBACK[500]!
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Về trang chủ</a></p></main></body></html>`
}

const isReaderPage = (req: Request): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  !NOT_SITE.test(req.path) &&
  !(req.headers.rsc || req.headers['next-router-prefetch'] || '_rsc' in req.query)

async function renderErrorPage(req: Request, status: number): Promise<string> {
  const path =
    status === 404 && isEnglishPath(req.path)
      ? ENGLISH_NOT_FOUND_PATH
      : (ERROR_PAGE_PATHS[status] ?? ERROR_PAGE_PATHS[500]!)
  try {
    const res = await fetch(`http://127.0.0.1:${req.socket.localPort}${path}`, {
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    })
    const html = await res.text()
    if (res.ok && !ERROR_SHELL.test(html)) return html
  } catch {
    // Falls through to the minimal page; the original failure is already in the log.
  }
  return fallbackErrorPage(status)
}

export function errorPages(): RequestHandler {
  return (req, res, next) => {
    const errorPage =
      Object.values(ERROR_PAGE_PATHS).includes(req.path) || req.path === ENGLISH_NOT_FOUND_PATH
    if (!isReaderPage(req) || errorPage) return next()
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => Response
    const restore = () => {
      res.write = write as Response['write']
      res.end = end as Response['end']
    }
    // Only error responses are held back; anything else passes through untouched.
    const holding = () => !!ERROR_PAGE_PATHS[res.statusCode] || res.statusCode >= 500
    const chunks: Buffer[] = []
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              chunk as string,
              typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
            ),
      )
    }
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (!holding()) {
        restore()
        return write(chunk, ...rest)
      }
      collect(chunk, rest[0])
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      if (callback) setImmediate(callback)
      return true
    }) as Response['write']
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      restore()
      if (!holding()) return end(chunk, ...rest)
      collect(chunk, rest[0])
      const body = Buffer.concat(chunks)
      const type = String(res.getHeader('content-type') ?? '')
      if (!type.startsWith('text/html') || !ERROR_SHELL.test(body.toString('utf8'))) {
        return end(body)
      }
      const status = ERROR_PAGE_PATHS[res.statusCode] ? res.statusCode : 500
      void renderErrorPage(req, status).then((html) => {
        const page = Buffer.from(html, 'utf8')
        if (!res.headersSent) res.setHeader('Content-Length', page.length)
        end(req.method === 'HEAD' ? undefined : page)
      })
      return res
    }) as Response['end']
    next()
  }
}
