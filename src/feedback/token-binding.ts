/**
 * Which client a form token is issued to. A token fetched from one address must not be usable
 * from another (a bot farm would otherwise harvest tokens from one cheap page load each and post
 * from everywhere), but a reader on a phone may change address between loading the page and
 * sending: carrier NAT pools and Wi-Fi/4G hand-overs usually keep the first three bytes of an
 * IPv4 address, and an IPv6 phone keeps its provider's /48. So by default a token is bound to the
 * client's /24 (IPv4) or /48 (IPv6), read from the address Express resolved with TRUST_PROXY
 * (the same on the page load and the post). FEEDBACK_TOKEN_BINDING=address binds to the exact
 * address, `off` not at all (SECURITY.md says why the default is the network). A reader refused
 * for it gets the form back with the text and a token of their own, and sends again.
 *
 * Behind nginx's micro-cache one response is served to every reader for a second or two, so a
 * token in it cannot be bound to one reader's network: pages the trusted proxy marks as going
 * into its shared cache (`X-Portal-Shared-Cache: 1`, set by the generated configuration, believed
 * only from an address TRUST_PROXY trusts) get tokens bound to "the shared cache" instead, and
 * those are accepted only on posts that come through the same proxy (route.ts), single use
 * counted per client address.
 */
import { isIP } from 'node:net'

import type { Request } from 'express'

import { issueFormToken } from './form-token'

export type TokenBinding = 'network' | 'address' | 'off'

export function tokenBinding(raw = process.env.FEEDBACK_TOKEN_BINDING): TokenBinding {
  const value = (raw ?? '').trim().toLowerCase()
  return value === 'address' || value === 'off' ? value : 'network'
}

/** The eight 16-bit groups of an IPv6 address (embedded IPv4 tails and zones allowed). */
function hextets(address: string): number[] {
  let text = address.split('%')[0] ?? ''
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const front = head ? head.split(':') : []
  const back = tail ? tail.split(':') : []
  const middle =
    tail === undefined ? [] : new Array<string>(8 - front.length - back.length).fill('0')
  return [...front, ...middle, ...back].map((group) => parseInt(group, 16) || 0)
}

/** The part of `ip` a token is bound to ('' when binding is off, the address when unparsable). */
export function clientNetwork(ip: string, mode: TokenBinding = tokenBinding()): string {
  if (mode === 'off') return ''
  const address = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  const family = isIP(address.split('%')[0] ?? '')
  if (family === 4) {
    return mode === 'address' ? address : `${address.split('.').slice(0, 3).join('.')}.0/24`
  }
  if (family === 6) {
    const groups = hextets(address)
    const kept = mode === 'address' ? groups : groups.slice(0, 3)
    return `${kept.map((g) => g.toString(16)).join(':')}${mode === 'address' ? '' : '::/48'}`
  }
  return address
}

/** The client's address as Express resolved it (TRUST_PROXY), as the rate limits see it. */
export const clientAddress = (req: Request): string =>
  req.ip ?? req.socket.remoteAddress ?? 'unknown'

/** What a token for a page in the proxy's shared cache is bound to (never a client network). */
export const SHARED_CACHE_NETWORK = 'shared-cache'
export const SHARED_CACHE_HEADER = 'x-portal-shared-cache'

type TrustFn = (address: string, hop: number) => boolean

/** Whether the trusted proxy says this request goes through its shared micro-cache. */
export function viaSharedCache(req: Request): boolean {
  if (req.headers[SHARED_CACHE_HEADER] !== '1') return false
  const trust = req.app.get('trust proxy fn') as TrustFn | undefined
  return Boolean(trust?.(req.socket.remoteAddress ?? '', 0))
}

/** Issues tokens for the client of `req` (one per form slot, each with its own nonce). */
export const tokenIssuerFor = (req: Request) => {
  // Only a page (GET/HEAD) can go into the shared cache; a refused post's answer never does.
  const shared = (req.method === 'GET' || req.method === 'HEAD') && viaSharedCache(req)
  const network = shared ? SHARED_CACHE_NETWORK : clientNetwork(clientAddress(req))
  return () => issueFormToken(Date.now(), undefined, network)
}
