import { isIP } from 'node:net'

export type TrustProxy = boolean | number | string

// Names Express (proxy-addr) accepts in place of addresses.
const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal'])

const isAddressOrRange = (entry: string): boolean => {
  if (NAMED.has(entry)) return true
  const [address = '', bits, ...rest] = entry.split('/')
  if (rest.length || !isIP(address)) return false
  return bits === undefined || /^\d{1,3}$/.test(bits) || isIP(bits) !== 0
}

/**
 * Reads TRUST_PROXY for Express's "trust proxy" setting. Express takes a number as a hop count
 * and a boolean as "trust all/none", but a string as a list of addresses, so the raw environment
 * string `1` meant the address 0.0.0.1 (the proxy was not trusted and every client shared its
 * rate-limit bucket) and `true` crashed the start. Unset means loopback (nginx on this host).
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim()
  if (!value) return 'loopback'
  if (/^\d+$/.test(value)) return Number(value)
  if (/^true$/i.test(value)) return true
  if (/^false$/i.test(value)) return false
  const entries = value.split(',').map((entry) => entry.trim())
  const bad = entries.filter((entry) => !isAddressOrRange(entry))
  if (bad.length) {
    throw new Error(
      `TRUST_PROXY: "${bad.join(', ')}" is not a hop count, true/false, an address, a CIDR range ` +
        'or loopback/linklocal/uniquelocal',
    )
  }
  return entries.join(', ')
}
