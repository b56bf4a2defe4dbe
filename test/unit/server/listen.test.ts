// Where the server listens (src/server/listen.ts): LISTEN_HOST keeps it off every other interface, and
// a port in use or an address the machine lacks is an error, not a server that says it is ready.
import type { Server } from 'node:http'

import express from 'express'
import { afterEach, describe, expect, it } from 'vitest'

import { listenHost, listenOn, localUrl, selfOrigin } from '@/server/listen'

import { skipReason } from '../../helpers/skip-reason'
import { connects, externalIPv4 } from '../../helpers/tcp'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))))
})

async function listen(port: number, host: string | undefined): Promise<number> {
  const app = express()
  app.get('/', (_req, res) => res.send('ok'))
  const server = await listenOn(app, port, host)
  servers.push(server)
  const address = server.address()
  return typeof address === 'object' && address ? address.port : port
}

const external = externalIPv4()

describe('listenHost and localUrl', () => {
  it('reads LISTEN_HOST, blank meaning every interface', () => {
    expect(listenHost({})).toBeUndefined()
    expect(listenHost({ LISTEN_HOST: '  ' })).toBeUndefined()
    expect(listenHost({ LISTEN_HOST: ' 127.0.0.1 ' })).toBe('127.0.0.1')
  })

  it('links to localhost for every interface and to the address otherwise', () => {
    expect(localUrl(undefined, 3000)).toBe('http://localhost:3000')
    expect(localUrl('0.0.0.0', 3000)).toBe('http://localhost:3000')
    expect(localUrl('::', 3000)).toBe('http://localhost:3000')
    expect(localUrl('127.0.0.1', 3000)).toBe('http://127.0.0.1:3000')
    expect(localUrl('::1', 3000)).toBe('http://[::1]:3000')
  })
})

describe('selfOrigin', () => {
  it('is the address and port the request reached, bracketed for IPv6', () => {
    expect(selfOrigin({ localAddress: '127.0.0.1', localPort: 3000 })).toBe('http://127.0.0.1:3000')
    expect(selfOrigin({ localAddress: '::ffff:10.0.0.5', localPort: 3000 })).toBe(
      'http://10.0.0.5:3000',
    )
    expect(selfOrigin({ localAddress: '::1', localPort: 3000 })).toBe('http://[::1]:3000')
    expect(selfOrigin({ localAddress: 'fe80::1%eth0', localPort: 3000 })).toBe(
      'http://[fe80::1%25eth0]:3000',
    )
    expect(new URL(selfOrigin({ localAddress: '2001:db8::5', localPort: 80 })).hostname).toBe(
      '[2001:db8::5]',
    )
  })
})

describe.skipIf(!external)(
  'listenOn, on a machine with an address other than loopback',
  skipReason('needs an IPv4 address other than loopback on this machine'),
  () => {
    it('with LISTEN_HOST=127.0.0.1 answers on loopback only; without it on every interface', async () => {
      const only = await listen(0, '127.0.0.1')
      expect(await connects('127.0.0.1', only)).toBe(true)
      expect(await connects(external as string, only)).toBe(false)
      const every = await listen(0, undefined)
      expect(await connects('127.0.0.1', every)).toBe(true)
      expect(await connects(external as string, every)).toBe(true)
    })
  },
)

describe('listenOn', () => {
  it('rejects a port in use, naming it, instead of resolving a server that never listened', async () => {
    const taken = await listen(0, '127.0.0.1')
    await expect(listen(taken, '127.0.0.1')).rejects.toThrow(
      `Cannot listen on 127.0.0.1:${taken} (LISTEN_HOST, PORT): EADDRINUSE`,
    )
  })

  it('rejects an address this machine does not have', async () => {
    // TEST-NET-3 (RFC 5737): never assigned to a real interface.
    await expect(listen(0, '203.0.113.7')).rejects.toThrow(/203\.0\.113\.7:0 .*EADDRNOTAVAIL/)
    // An IPv6 address is bracketed, so the port cannot be read as part of it.
    await expect(listen(0, '2001:db8::7')).rejects.toThrow(
      'Cannot listen on [2001:db8::7]:0 (LISTEN_HOST, PORT): EADDRNOTAVAIL',
    )
  })
})
