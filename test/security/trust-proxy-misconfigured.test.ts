// Attack surface: behind a reverse proxy on another machine with TRUST_PROXY unset (or set to
// the wrong address), every reader resolves to the proxy's address: all readers share one
// comment rate-limit bucket and one login-limit bucket, so one abuser locks everyone out, and
// nothing said so. Requests that carry X-Forwarded-For from a peer the server does not trust
// are the sign: the server must log one clear English warning naming TRUST_PROXY and the value
// to set, and show it in /healthz for operators.
import os from 'node:os'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startProductionServer } from '../helpers/production-server'
import { skipReason } from '../helpers/skip-reason'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let port: string

/** An address of this machine that is not loopback: requests to it come from a "remote" peer. */
const external = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address

interface Health {
  status: string
  proxy?: { warning?: string | null; untrustedForwardedFrom?: string[] }
}

const health = async (host: string) =>
  (await (await fetch(`http://${host}:${port}/healthz`)).json()) as Health

beforeAll(async () => {
  delete process.env.TRUST_PROXY
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' })
  port = new URL(server.url).port
})

afterAll(async () => {
  await server?.close()
})

describe.skipIf(!external)(
  'TRUST_PROXY left unset behind a remote proxy',
  skipReason('needs a non-loopback IPv4 address on this machine'),
  () => {
    it('stays quiet while forwarded requests come from a trusted proxy (loopback)', async () => {
      const warn = vi.spyOn(server.payload.logger, 'warn')
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'x-forwarded-for': '203.0.113.9' },
      })
      await res.text()
      expect(warn.mock.calls.flat().join(' ')).not.toContain('TRUST_PROXY')
      expect((await health('127.0.0.1')).proxy?.warning ?? null).toBeNull()
      warn.mockRestore()
    })

    it('warns once, naming the variable and the value, and shows it in /healthz', async () => {
      const warn = vi.spyOn(server.payload.logger, 'warn')
      for (const reader of ['203.0.113.9', '198.51.100.20', '192.0.2.200']) {
        const res = await fetch(`http://${external}:${port}/`, {
          headers: { 'x-forwarded-for': reader },
        })
        await res.text()
      }
      const messages = warn.mock.calls
        .map((args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
        .filter((m) => m.includes('TRUST_PROXY'))
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain(external)
      expect(messages[0]).toMatch(/TRUST_PROXY=(1|\S*192)/)
      warn.mockRestore()

      const detail = await health('127.0.0.1')
      expect(detail.status).toBeDefined()
      expect(detail.proxy?.warning).toContain('TRUST_PROXY')
      expect(detail.proxy?.untrustedForwardedFrom).toContain(external)
    })
  },
)
