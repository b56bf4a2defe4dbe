import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

const limiter = (perMinute: number, message: string): RequestHandler =>
  rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      console.warn(`Rate limit hit: ${req.ip} ${req.method} ${req.path}`)
      res.status(429).json({ errors: [{ message }] })
    },
  })

const envNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** Per-IP limits: logins are few and precious, search is cheap but scrapeable, the API is generous. */
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
    api: limiter(
      envNumber('RATE_LIMIT_API', 1200),
      'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    ),
  }
}
