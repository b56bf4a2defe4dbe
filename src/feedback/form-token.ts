/**
 * Signed, time-stamped tokens for the readers' comment and question forms (README, "Ý kiến bạn
 * đọc"). A token is `<issued ms, base36>.<random nonce>.<HMAC>`: the HMAC (key derived from
 * PAYLOAD_SECRET) proves the server issued it, the time enforces a minimum fill time and an
 * expiry, and the nonce is what single use remembers (used-tokens.ts). Tokens are issued per
 * response by the page cache (server/form-token-slots.ts), never baked into a cached page.
 */
import crypto from 'node:crypto'

import { resolveSecret } from '@/lib/secret'

export type TokenCheck =
  | { ok: true; nonce: string; issuedAt: number; expiresAt: number }
  | { ok: false; reason: 'malformed' | 'forged' | 'too-fast' | 'expired' }

export interface TokenTiming {
  /** A human needs this long to read and type; bots post at once. */
  minFillMs: number
  /** After this, the page is stale: the reader gets a fresh token with the form kept. */
  maxAgeMs: number
}

const envNumber = (name: string, fallback: number): number => {
  const raw = process.env[name]
  const value = raw === undefined || raw === '' ? NaN : Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

export function tokenTiming(): TokenTiming {
  return {
    minFillMs: envNumber('FEEDBACK_MIN_FILL_SECONDS', 3) * 1000,
    maxAgeMs: envNumber('FEEDBACK_TOKEN_TTL_MINUTES', 120) * 60_000,
  }
}

let cachedKey: { secret: string; key: Buffer } | undefined

/** A key of its own for this purpose, so a form token can never pass for anything else. */
function tokenKey(secret = resolveSecret()): Buffer {
  if (cachedKey?.secret !== secret) {
    const key = crypto.createHmac('sha256', secret).update('portal-feedback-form-token-v1').digest()
    cachedKey = { secret, key }
  }
  return cachedKey.key
}

const sign = (payload: string, key: Buffer) =>
  crypto.createHmac('sha256', key).update(payload).digest('base64url')

export function issueFormToken(now = Date.now(), secret?: string): string {
  const payload = `${now.toString(36)}.${crypto.randomBytes(16).toString('base64url')}`
  return `${payload}.${sign(payload, tokenKey(secret))}`
}

const SHAPE = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/

export function checkFormToken(
  token: unknown,
  timing: TokenTiming = tokenTiming(),
  now = Date.now(),
  secret?: string,
): TokenCheck {
  if (typeof token !== 'string') return { ok: false, reason: 'malformed' }
  const match = SHAPE.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, issued = '', nonce = '', mac = ''] = match
  const expected = Buffer.from(sign(`${issued}.${nonce}`, tokenKey(secret)))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' }
  const issuedAt = parseInt(issued, 36)
  const age = now - issuedAt
  if (age > timing.maxAgeMs || age < -60_000) return { ok: false, reason: 'expired' }
  if (age < timing.minFillMs) return { ok: false, reason: 'too-fast' }
  return { ok: true, nonce, issuedAt, expiresAt: issuedAt + timing.maxAgeMs }
}
