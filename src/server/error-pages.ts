import crypto from 'node:crypto'

import type { Request, RequestHandler, Response } from 'express'

import { en } from '@/site/i18n/en'
import { EN_ERROR_PAGES, EN_HOME, isEnglishPath } from '@/site/i18n/routes'
import { vi } from '@/site/i18n/vi'

import { selfOrigin } from './listen'

/**
 * Server-rendered 404 and 500 pages. When a page calls notFound() or fails, Next answers with an
 * empty `<html id="__next_error__">` shell (no `lang`, no text) and renders the portal's page
 * only with JavaScript, which reader pages do not ship (strip-client-runtime.ts) and crawlers
 * may not run. This middleware replaces such a shell with the same page rendered as ordinary
 * HTML at /trang-loi/404 or /trang-loi/500 (fetched from this server, so the page cache keeps it),
 * keeping the status; under /en the English pages at /en/error/404 and /en/error/500 (issue 12
 * §2: an English reader never gets a Vietnamese error page). If that render fails too, a minimal
 * page in the address's language goes out instead.
 *
 * Those addresses are the server's own, not pages of the portal: requested directly they are
 * answered with their status (404 or 500) and `X-Robots-Tag: noindex`, so a crawler that finds
 * one never indexes "Không tìm thấy trang" as a page. Only this server's own render (a request
 * carrying this process's random key) gets the page with 200, which the page cache keeps.
 */
export const ERROR_PAGE_PATHS: Record<number, string> = {
  404: '/trang-loi/404',
  500: '/trang-loi/500',
}

/** Each error page's address and the status it stands for. */
const OWN_STATUS = new Map<string, number>(
  [ERROR_PAGE_PATHS, EN_ERROR_PAGES].flatMap((pages) =>
    Object.entries(pages).map(([status, path]) => [path, Number(status)] as const),
  ),
)

/** Marks this process's own renders of an error page; unguessable, never sent to a client. */
const RENDER_HEADER = 'x-portal-error-render'
const RENDER_KEY = crypto.randomBytes(18).toString('base64url')

const NOT_SITE = /^\/(admin|api|_next|healthz)(\/|$)/
const ERROR_SHELL = /<html[^>]*\bid="__next_error__"/
const RENDER_TIMEOUT_MS = 5_000

type Fallback = { title: string; text: string }
type Language = 'vi' | 'en'

const FALLBACK: Record<Language, { home: string; back: string; pages: Record<number, Fallback> }> =
  {
    vi: {
      home: '/',
      back: vi.backHome,
      pages: {
        404: { title: vi.notFoundTitle, text: vi.notFoundText },
        500: { title: vi.serverErrorTitle, text: vi.serverErrorText },
      },
    },
    en: {
      home: EN_HOME,
      back: en.backHome,
      pages: {
        404: { title: en.notFoundTitle, text: en.notFoundText },
        500: { title: en.serverErrorTitle, text: en.serverErrorText },
      },
    },
  }

export function fallbackErrorPage(status: number, lang: Language = 'vi'): string {
  const { home, back, pages } = FALLBACK[lang]
  const { title, text } = pages[status] ?? pages[500]!
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="${home}">${back}</a></p></main></body></html>`
}

const isReaderPage = (req: Request): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  !NOT_SITE.test(req.path) &&
  !(req.headers.rsc || req.headers['next-router-prefetch'] || '_rsc' in req.query)

async function renderErrorPage(req: Request, status: number): Promise<string> {
  const lang: Language = isEnglishPath(req.path) ? 'en' : 'vi'
  const pages: Record<number, string> = lang === 'en' ? EN_ERROR_PAGES : ERROR_PAGE_PATHS
  const path = pages[status] ?? pages[500]!
  try {
    const res = await fetch(`${selfOrigin(req.socket)}${path}`, {
      headers: { [RENDER_HEADER]: RENDER_KEY },
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    })
    const html = await res.text()
    if (res.ok && !ERROR_SHELL.test(html)) return html
  } catch {
    // Falls through to the minimal page; the original failure is already in the log.
  }
  return fallbackErrorPage(status, lang)
}

/** An error page requested at its own address: the same page, under its own status. */
function sendOwnErrorPage(req: Request, res: Response, status: number): void {
  void renderErrorPage(req, status).then((html) => {
    res
      .status(status)
      .set('Cache-Control', 'no-store')
      .set('X-Robots-Tag', 'noindex')
      .type('html')
      .send(html)
  })
}

export function errorPages(): RequestHandler {
  return (req, res, next) => {
    // At their own address whatever else the request asks (`?_rsc=`, an RSC header, which
    // Next would answer with the page and 200): never a page a crawler could keep.
    const own = req.method === 'GET' || req.method === 'HEAD' ? OWN_STATUS.get(req.path) : undefined
    if (own !== undefined) {
      if (req.headers[RENDER_HEADER] === RENDER_KEY) return next()
      return sendOwnErrorPage(req, res, own)
    }
    if (!isReaderPage(req)) return next()
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
