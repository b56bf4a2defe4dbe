import type { Request, RequestHandler, Response } from 'express'
import { rateLimit } from 'express-rate-limit'

import { en } from '@/site/i18n/en'
import { EN_HOME, isEnglishPath } from '@/site/i18n/routes'

interface Refusal {
  lang: 'vi' | 'en'
  title: string
  message: string
  home: string
  back: string
}

/** What a reader's browser shows when a page is refused: a tiny page, no rendering behind it. */
const tooManyPage = ({ lang, title, message, home, back }: Refusal) =>
  [
    '<!doctype html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${title}</title></head>`,
    `<body><h1>${title}</h1><p>${message}</p><p><a href="${home}">${back}</a></p></body></html>`,
  ].join('\n')

/** English addresses are refused in English (issue 12 §2: never a Vietnamese page under /en). */
const ENGLISH_REFUSAL: Refusal = {
  lang: 'en',
  title: 'Too many requests',
  message: 'You are opening pages too quickly. Please try again in a few minutes.',
  home: EN_HOME,
  back: en.backHome,
}

const refuse = (message: string) => (req: Request, res: Response) => {
  console.warn(`Rate limit hit: ${req.ip} ${req.method} ${req.path}`)
  res.status(429).set('Cache-Control', 'no-store')
  // API clients get JSON like every other API error; readers get a page in their page's language.
  if (req.originalUrl.startsWith('/api/')) res.json({ errors: [{ message }] })
  else
    res
      .type('html')
      .send(
        tooManyPage(
          isEnglishPath(req.path)
            ? ENGLISH_REFUSAL
            : { lang: 'vi', title: 'Quá nhiều yêu cầu', message, home: '/', back: 'Về trang chủ' },
        ),
      )
}

const limiter = (perWindow: number, message: string, windowMs = 60_000): RequestHandler =>
  rateLimit({
    windowMs,
    limit: perWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: refuse(message),
  })

const envNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * Per-IP limits: logins are few and precious; search (the API and the `/tim-kiem` page share one
 * counter) runs the engine on every request; `pages` counts only what the page cache could not
 * answer (404s, search pages, client navigations, a page's first render after an edit); the API
 * is generous.
 */
export function rateLimits() {
  return {
    login: limiter(
      envNumber('RATE_LIMIT_LOGIN', 20),
      'Bạn đăng nhập quá nhiều lần. Vui lòng thử lại sau ít phút.',
    ),
    search: limiter(
      envNumber('RATE_LIMIT_SEARCH', 120),
      'Bạn tìm kiếm quá nhanh. Vui lòng thử lại sau ít phút.',
    ),
    pages: limiter(
      envNumber('RATE_LIMIT_PAGES', 300),
      'Bạn truy cập quá nhanh. Vui lòng thử lại sau ít phút.',
    ),
    // Readers' comments and questions (src/feedback/route.ts): a person sends a few an hour.
    feedback: limiter(
      envNumber('RATE_LIMIT_FEEDBACK', 5),
      'Bạn gửi ý kiến quá nhiều lần. Vui lòng thử lại sau ít phút.',
      10 * 60_000,
    ),
    api: limiter(
      envNumber('RATE_LIMIT_API', 1200),
      'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    ),
  }
}
