import { isIP } from 'node:net'

import type { RequestHandler } from 'express'

/**
 * Notices a TRUST_PROXY that does not match the deployment. Behind a reverse proxy on another
 * machine with TRUST_PROXY unset (it then trusts loopback only) or set to the wrong address,
 * Express resolves every reader to the proxy's address: all readers share one comment, login
 * and search rate-limit bucket and the logs name only the proxy. The sign is a request that
 * carries X-Forwarded-For from a peer the setting does not trust. The first one logs a single
 * English warning naming the variable and the value to set; /healthz shows it to operators
 * (with the peers seen) until the process restarts with a setting that trusts the proxy.
 */
export interface ProxyStatus {
  trustProxy: string
  warning: string | null
  untrustedForwardedFrom: string[]
}

/** Peers remembered for /healthz; a handful is enough to name the proxy. */
const MAX_PEERS = 10

type TrustFn = (address: string, hop: number) => boolean

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

export function warningFor(peer: string, raw: string | undefined): string {
  const setting = raw?.trim() ? `TRUST_PROXY=${raw.trim()}` : 'TRUST_PROXY is unset (loopback only)'
  return (
    `Requests from ${peer} carry X-Forwarded-For, but ${setting} does not trust that address: ` +
    `every reader behind it resolves to ${peer} and shares one rate-limit bucket (comments, ` +
    `logins, search). If ${peer} is your reverse proxy, set TRUST_PROXY=${peer} (or ` +
    'TRUST_PROXY=1 when it is the only proxy in front of this server and nothing else can reach ' +
    'it). If it is not a proxy, a client is sending the header itself and this can be ignored.'
  )
}

export function proxyCheck(raw: string | undefined, warn: (message: string) => void) {
  const peers = new Set<string>()
  let warning: string | null = null

  const middleware: RequestHandler = (req, _res, next) => {
    const remote = req.socket.remoteAddress
    if (req.headers['x-forwarded-for'] === undefined || !remote) return next()
    const trust = req.app.get('trust proxy fn') as TrustFn | undefined
    if (!trust || trust(remote, 0)) return next()
    const peer = plain(remote)
    if (!isIP(peer)) return next()
    if (peers.size < MAX_PEERS) peers.add(peer)
    if (!warning) {
      warning = warningFor(peer, raw)
      warn(warning)
    }
    next()
  }

  const status = (): ProxyStatus => ({
    trustProxy: raw?.trim() || '(unset: loopback)',
    warning,
    untrustedForwardedFrom: [...peers],
  })

  return { middleware, status }
}
