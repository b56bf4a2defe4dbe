/**
 * Attack: log in to a freshly started production portal with the demo passwords that used to be
 * printed in the README. The seed must give the demo accounts random passwords, print them once and
 * keep them only in a file next to the database that nobody but its owner can read.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_ACCOUNTS } from '@/seed/accounts'

import { startProductionServer } from '../helpers/production-server'

const PUBLISHED = [
  { email: 'quantri@demo.vn', password: 'QuanTri@2024', role: 'admin' },
  { email: 'bientap@demo.vn', password: 'BienTap@2024', role: 'editor' },
  { email: 'phongvien@demo.vn', password: 'PhongVien@2024', role: 'reporter' },
]

let server: Awaited<ReturnType<typeof startProductionServer>>
let printed = ''

beforeAll(async () => {
  const log = vi.spyOn(console, 'log')
  try {
    server = await startProductionServer({}, true)
  } finally {
    printed = log.mock.calls.map((args) => args.join(' ')).join('\n')
    log.mockRestore()
  }
})

afterAll(async () => {
  await server?.close()
  if (server) fs.rmSync(server.dir, { recursive: true, force: true })
})

async function login(email: string, password: string) {
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string; user?: { roles?: string[] } }
  return { status: res.status, body }
}

/** `role  email  password` lines; comments start with #. */
function readAccountsFile(file: string) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [role, email, password] = line.split(/\s+/)
      return { role, email, password }
    })
}

describe('demo accounts of a fresh production start', () => {
  it('refuse the passwords once published in the README', async () => {
    for (const account of PUBLISHED) {
      const { status, body } = await login(account.email, account.password)
      expect(status, account.email).toBe(401)
      expect(body.token).toBeUndefined()
    }
  })

  it('keeps random passwords in an owner-only file next to the database, and they work', async () => {
    const file = path.join(server.dir, 'demo-accounts.txt')
    expect(fs.existsSync(file)).toBe(true)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    const accounts = readAccountsFile(file)
    // Every demo account (the approver came later than the published passwords).
    expect(accounts.map((a) => a.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort())
    const passwords = new Set(accounts.map((a) => a.password))
    expect(passwords.size).toBe(DEMO_ACCOUNTS.length)
    for (const account of accounts) {
      expect(account.password!.length).toBeGreaterThanOrEqual(16)
      expect(PUBLISHED.map((p) => p.password)).not.toContain(account.password)
      // Printed once on the console by the start that created them.
      expect(printed).toContain(account.password)
      const { status, body } = await login(account.email!, account.password!)
      expect(status, account.email).toBe(200)
      expect(body.user?.roles).toEqual([account.role])
    }
  })

  it('the README no longer publishes any demo password', () => {
    const readme = fs.readFileSync(path.resolve('README.md'), 'utf8')
    for (const account of PUBLISHED) expect(readme).not.toContain(account.password)
  })
})
