/**
 * The key nginx presents when it reports a page view it answered from its micro-cache
 * (deploy/nginx `mirror`): without it the counting endpoint answers 404, so nobody on the
 * internet can add views through it. `cms deploy nginx` writes the same key into the
 * configuration. It is PAGE_VIEWS_MIRROR_KEY when set, otherwise derived from PAYLOAD_SECRET
 * (an HMAC, so the configuration never holds the session secret itself): the server and the
 * generator read the same environment, so nothing extra needs configuring.
 */
import crypto from 'node:crypto'

import { resolveSecret } from '@/lib/secret'

export const MIRROR_PATH = '/_portal/view'
export const MIRROR_KEY_HEADER = 'x-portal-view-key'
export const VIEW_ID_HEADER = 'x-portal-view-id'
export const VIEW_URI_HEADER = 'x-portal-view-uri'
export const VIEW_METHOD_HEADER = 'x-portal-view-method'

// Written into nginx's configuration as a header value: nothing nginx would read as syntax.
const SAFE_KEY = /^[A-Za-z0-9_-]{32,200}$/

export function viewMirrorKey(env: Record<string, string | undefined> = process.env): string {
  const own = env.PAGE_VIEWS_MIRROR_KEY?.trim()
  if (own) {
    if (!SAFE_KEY.test(own))
      throw new Error('PAGE_VIEWS_MIRROR_KEY: 32-200 characters of A-Z, a-z, 0-9, _ or -')
    return own
  }
  return crypto
    .createHmac('sha256', resolveSecret(env as NodeJS.ProcessEnv))
    .update('portal page-view mirror v1')
    .digest('hex')
}

/** Constant-time comparison of a presented key with the expected one. */
export function keyMatches(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string') return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}
