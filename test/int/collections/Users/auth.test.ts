import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer

const login = (email: string, password: string) =>
  fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })

beforeAll(async () => {
  t = await bootPayload('auth')
  api = await startApiServer(t.payload.config)
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('login', () => {
  it('throttles repeated failures with 429 and Retry-After instead of locking the account', async () => {
    const user = await createUser(t.payload, 'editor')
    expect((await login(user.email, passwordFor('editor'))).status).toBe(200)
    for (let i = 0; i < 3; i++) expect((await login(user.email, 'wrong-password')).status).toBe(401)
    // Without the Express front the backoff runs from the start of each attempt, so on a slow
    // machine the password check may outlast the first second: allow a few more tries.
    let throttled = await login(user.email, 'wrong-password')
    for (let i = 0; i < 4 && throttled.status === 401; i++) {
      throttled = await login(user.email, 'wrong-password')
    }
    expect(throttled.status).toBe(429)
    const wait = Number(throttled.headers.get('retry-after'))
    expect(wait).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(await throttled.json())).toMatch(/thử lại/)
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200))
    expect((await login(user.email, passwordFor('editor'))).status).toBe(200)
  })

  it('never returns password hashes or salts', async () => {
    const admin = await createUser(t.payload, 'admin')
    const res = await login(admin.email, passwordFor('admin'))
    const body = JSON.stringify(await res.json())
    expect(body).not.toMatch(/"hash"|"salt"/)
  })
})
