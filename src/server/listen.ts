import type { Server } from 'node:http'
import net from 'node:net'

import type { Express } from 'express'

/**
 * Where the server listens. `HOST` unset: every interface, as before (a container's port mapping
 * needs that). Behind nginx on the same machine set `HOST=127.0.0.1`: otherwise anyone who can
 * reach the machine can skip nginx (its TLS, micro-cache and body limits) by naming the port.
 */
export function listenHost(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const host = env.HOST?.trim()
  return host ? host : undefined
}

const wildcard = (host: string | undefined) => !host || host === '0.0.0.0' || host === '::'

/** The address to print and to link to locally: `localhost` for every interface, else the host. */
export function localUrl(host: string | undefined, port: number): string {
  if (wildcard(host)) return `http://localhost:${port}`
  return `http://${net.isIPv6(host ?? '') ? `[${host}]` : host}:${port}`
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
      const where = host ? `${host}:${port}` : `port ${port}`
      reject(new Error(`Cannot listen on ${where} (HOST, PORT): ${error.code ?? error.message}`))
    }
    // No host: Node's default, every interface over IPv6 where the machine has it, else IPv4.
    const server = host === undefined ? app.listen(port, done) : app.listen(port, host, done)
  })
}
