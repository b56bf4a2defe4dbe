import type { Server } from 'node:http'
import net from 'node:net'

import type { Express } from 'express'

/**
 * Where the server listens. `LISTEN_HOST` unset: every interface, as before (a container's port mapping
 * needs that). Behind nginx on the same machine set `LISTEN_HOST=127.0.0.1`: otherwise anyone who can
 * reach the machine can skip nginx (its TLS, micro-cache and body limits) by naming the port.
 * Not HOST: tcsh and some platforms set HOST to the machine's name, which would quietly bind the
 * server to the one address that name resolves to.
 */
export function listenHost(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const host = env.LISTEN_HOST?.trim()
  return host ? host : undefined
}

const wildcard = (host: string | undefined) => !host || host === '0.0.0.0' || host === '::'

/** A host as a URL or `host:port` writes it: an IPv6 address in brackets. */
const bracketed = (host: string): string => (net.isIPv6(host) ? `[${host}]` : host)

/** The address to print and to link to locally: `localhost` for every interface, else the host. */
export function localUrl(host: string | undefined, port: number): string {
  return `http://${wildcard(host) ? 'localhost' : bracketed(host ?? '')}:${port}`
}

/**
 * Listens, or rejects with what went wrong (a port in use, an address this machine does not
 * have). Express 5 hands a listen error to the callback: a callback that ignored its argument
 * took a server that never listened for a started one, and the process said "Portal ready".
 */
export function listenOn(app: Express, port: number, host: string | undefined): Promise<Server> {
  return new Promise((resolve, reject) => {
    const done = (error?: NodeJS.ErrnoException) => {
      if (!error) return resolve(server)
      const where = host ? `${bracketed(host)}:${port}` : `port ${port}`
      reject(
        new Error(`Cannot listen on ${where} (LISTEN_HOST, PORT): ${error.code ?? error.message}`),
      )
    }
    // No host: Node's default, every interface over IPv6 where the machine has it, else IPv4.
    const server = host === undefined ? app.listen(port, done) : app.listen(port, host, done)
  })
}

/**
 * This server's own origin, for a request it makes to itself (an error page or a feedback form
 * rendered by Next): the address and port the given request reached, which the server certainly
 * listens on. 127.0.0.1 served only while the server listened on every interface: with LISTEN_HOST=::1
 * or a LAN address (behind nginx on another machine) nothing answered there.
 */
export function selfOrigin(socket: { localAddress?: string; localPort?: number }): string {
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d: the plain address is the same.
  const address = (socket.localAddress ?? '127.0.0.1').replace(
    /^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i,
    '',
  )
  // A link-local address's zone (fe80::1%eth0) must be written %25 in a URL.
  const host = net.isIPv6(address) ? bracketed(address).replace('%', '%25') : address
  return `http://${host}:${socket.localPort}`
}
