/**
 * The key nginx writes into every page-view datagram it sends for a micro-cache hit (deploy/nginx
 * `access_log syslog:…`, view-log.ts): a datagram without it counts nothing, so an address that
 * can reach the listener but is not this installation's nginx cannot add views (a spoofed UDP
 * source address alone is not enough). `cms deploy nginx` writes the same key into the
 * configuration. It is PAGE_VIEWS_LOG_KEY when set, otherwise derived from PAYLOAD_SECRET (an
 * HMAC, so the configuration never holds the session secret itself): the server and the generator
 * read the same environment, so nothing extra needs configuring. The listener's address lives
 * here too, as both sides read it.
 */
import crypto from 'node:crypto'

import { resolveSecret } from '@/lib/secret'

// Written into nginx's configuration inside a quoted log format: nothing nginx would read as syntax.
const SAFE_KEY = /^[A-Za-z0-9_-]{32,200}$/

export function viewLogKey(env: Record<string, string | undefined> = process.env): string {
  const own = env.PAGE_VIEWS_LOG_KEY?.trim()
  if (own) {
    if (!SAFE_KEY.test(own))
      throw new Error('PAGE_VIEWS_LOG_KEY: 32-200 characters of A-Z, a-z, 0-9, _ or -')
    return own
  }
  return crypto
    .createHmac('sha256', resolveSecret(env as NodeJS.ProcessEnv))
    .update('portal page-view log v1')
    .digest('hex')
}

/** Constant-time comparison of a presented key with the expected one. */
export function keyMatches(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string') return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/** Where the listener binds and nginx sends, unless PAGE_VIEWS_LISTEN or --view-log say otherwise. */
export const DEFAULT_VIEW_LOG = '127.0.0.1:5140'

/** HOST:PORT of the listener (PAGE_VIEWS_LISTEN); null when off. */
export function viewLogAddress(
  env: Record<string, string | undefined> = process.env,
): { host: string; port: number } | null {
  const raw = (env.PAGE_VIEWS_LISTEN ?? '').trim() || DEFAULT_VIEW_LOG
  if (raw === 'off' || env.PAGE_VIEWS === 'off') return null
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(raw)
  const port = Number(match?.[2])
  if (!match?.[1] || !(port > 0 && port < 65536))
    throw new Error(`PAGE_VIEWS_LISTEN: "${raw}" is not IPv4:PORT, [IPv6]:PORT or off`)
  return { host: match[1].replace(/^\[|\]$/g, ''), port }
}
