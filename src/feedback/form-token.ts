/**
 * Signed, time-stamped tokens for the readers' comment and question forms (README, "Ý kiến bạn
 * đọc"). A token is `<issued ms, base36>.<random nonce>.<client tag>.<HMAC>`: the HMAC (key
 * derived from PAYLOAD_SECRET) proves the server issued it, the time enforces a minimum fill time
 * and an expiry, the nonce is what single use remembers (used-tokens.ts), and the client tag (a
 * keyed hash of the client's network, token-binding.ts) makes a token harvested from one address
 * useless from another. Tokens are issued per response by the page cache
 * (server/form-token-slots.ts), never baked into a cached page.
 */
import crypto from 'node:crypto'

import { randomBase64url } from '@/lib/random-pool'
import { resolveSecret } from '@/lib/secret'

export type TokenCheck =
  | { ok: true; nonce: string; issuedAt: number; expiresAt: number }
  | { ok: false; reason: 'malformed' | 'forged' | 'other-network' | 'too-fast' | 'expired' }

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

interface TokenKey {
  secret: string
  key: Buffer
  /** Client tags by network: one HMAC per network instead of one per token issued. */
  tags: Map<string, string>
}

// Enough for the networks of a busy hour; cleared whole when full (a miss costs one HMAC).
const MAX_TAGS = 4096

let cachedKey: TokenKey | undefined

/** A key of its own for this purpose, so a form token can never pass for anything else. */
function tokenKey(secret = resolveSecret()): TokenKey {
  if (cachedKey?.secret !== secret) {
    const key = crypto.createHmac('sha256', secret).update('portal-feedback-form-token-v1').digest()
    cachedKey = { secret, key, tags: new Map() }
  }
  return cachedKey
}

const sign = (payload: string, key: Buffer) =>
  crypto.createHmac('sha256', key).update(payload).digest('base64url')

/** The client's network as the token carries it: 8 bytes of a keyed hash, never the address. */
function clientTag(network: string, { key, tags }: TokenKey): string {
  let tag = tags.get(network)
  if (tag === undefined) {
    tag = crypto
      .createHmac('sha256', key)
      .update(`client:${network}`)
      .digest()
      .subarray(0, 8)
      .toString('base64url')
    if (tags.size >= MAX_TAGS) tags.clear()
    tags.set(network, tag)
  }
  return tag
}

/** A token for the client on `network` (token-binding.ts; '' when binding is off). */
export function issueFormToken(now = Date.now(), secret?: string, network = ''): string {
  const key = tokenKey(secret)
  const nonce = randomBase64url(16)
  const payload = `${now.toString(36)}.${nonce}.${clientTag(network, key)}`
  return `${payload}.${sign(payload, key.key)}`
}

const SHAPE = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{11})\.([A-Za-z0-9_-]{43})$/

export function checkFormToken(
  token: unknown,
  timing: TokenTiming = tokenTiming(),
  now = Date.now(),
  secret?: string,
  network = '',
): TokenCheck {
  if (typeof token !== 'string') return { ok: false, reason: 'malformed' }
  const match = SHAPE.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, issued = '', nonce = '', tag = '', mac = ''] = match
  const key = tokenKey(secret)
  const expected = Buffer.from(sign(`${issued}.${nonce}.${tag}`, key.key))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' }
  // Signed by us, but issued to another network: harvested, or the reader changed networks.
  if (!crypto.timingSafeEqual(Buffer.from(tag), Buffer.from(clientTag(network, key))))
    return { ok: false, reason: 'other-network' }
  const issuedAt = parseInt(issued, 36)
  const age = now - issuedAt
  if (age > timing.maxAgeMs || age < -60_000) return { ok: false, reason: 'expired' }
  if (age < timing.minFillMs) return { ok: false, reason: 'too-fast' }
  return { ok: true, nonce, issuedAt, expiresAt: issuedAt + timing.maxAgeMs }
}
