// Attack: five wrong passwords locked an account for 15 minutes, so anyone who knew the admins'
// e-mails could lock them out; and GraphQL login mutations, batched with aliases in one request,
// slipped past the per-request login limiter. Logins are now throttled per (account, IP) pair
// with growing backoff (429 + Retry-After), with a per-IP ceiling, in one limiter for REST and
// GraphQL; no stranger can lock a real user out from elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let admin: User

/** REST login as seen from `ip` (the test talks to Express over loopback, a trusted proxy). */
const login = (ip: string, email: string, password: string) =>
  fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  server = await startProductionServer({ LOGIN_IP_MAX_FAILURES: '6' })
  admin = await createUser(server.payload, 'admin', '-lockout')
})

afterAll(async () => {
  await server?.close()
})

describe('login throttling', () => {
  it("does not let a stranger's wrong passwords lock the real admin out", async () => {
    const stranger = '198.51.100.7'
    for (let i = 0; i < 8; i++) {
      const res = await login(stranger, admin.email, `guess-${i}`)
      expect([401, 429]).toContain(res.status)
    }
    const res = await login('203.0.113.9', admin.email, passwordFor('admin'))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { token?: string }).token).toBeTruthy()
  })

  it('answers repeated failures from one client with 429, Retry-After and growing backoff', async () => {
    const ip = '198.51.100.8'
    const victim = await createUser(server.payload, 'editor', '-backoff')
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await login(ip, victim.email, 'wrong')).status)
    expect(statuses).toEqual([401, 401, 401])

    const first = await login(ip, victim.email, 'wrong')
    expect(first.status).toBe(429)
    const firstWait = Number(first.headers.get('retry-after'))
    expect(firstWait).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(await first.json())).toMatch(/thử lại/)
    // Even the right password waits: the pair is throttled, not the account.
    expect((await login(ip, victim.email, passwordFor('editor'))).status).toBe(429)

    await sleep(firstWait * 1000 + 200)
    expect((await login(ip, victim.email, 'wrong')).status).toBe(401)
    const second = await login(ip, victim.email, 'wrong')
    expect(second.status).toBe(429)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(firstWait)
  })

  it('caps failures per IP across accounts', async () => {
    const ip = '198.51.100.9'
    for (let i = 0; i < 6; i++) {
      expect((await login(ip, `nobody${i}@test.vn`, 'wrong')).status).toBe(401)
    }
    const res = await login(ip, 'nobody-else@test.vn', 'wrong')
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBeTruthy()
  })

  it('counts aliased GraphQL login mutations in the same limiter', async () => {
    const ip = '198.51.100.10'
    const target = await createUser(server.payload, 'reporter', '-graphql')
    const fields = Array.from(
      { length: 10 },
      (_, i) =>
        `a${i}: loginUser(email: ${JSON.stringify(target.email)}, password: "wrong-${i}") { token }`,
    )
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: `mutation { ${fields.join('\n')} }` }),
    })
    const body = (await res.json()) as {
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    const errors = body.errors ?? []
    expect(errors).toHaveLength(10)
    const throttled = errors.filter((e) => e.extensions?.statusCode === 429)
    // Only the free attempts reached the password check; the rest were throttled.
    expect(throttled.length).toBeGreaterThanOrEqual(7)
    expect(throttled[0]?.message).toMatch(/thử lại/)
    // The same limiter now answers the REST login of that pair.
    expect((await login(ip, target.email, passwordFor('reporter'))).status).toBe(429)
  })
})
