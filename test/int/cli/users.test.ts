/**
 * `cms users` run as a real process against a real SQLite database, with the test's own
 * Payload on the same file to check the passwords the CLI printed (or was given) really log in.
 */
import { spawnSync } from 'node:child_process'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Users } from '@/collections/Users'

import { bootPayload, type TestPayload } from '../../helpers/payload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await bootPayload('cli-users')
  payload = t.payload
})
afterAll(async () => {
  await t?.cleanup()
})

function cms(...args: string[]) {
  const res = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/cli/index.ts', 'users', ...args],
    { env: { ...process.env, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 120_000 },
  )
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

const printedPassword = (stdout: string) => /Mật khẩu[^:]*: (\S+)/.exec(stdout)?.[1]

async function canLogIn(email: string, password: string): Promise<boolean> {
  try {
    const result = await payload.login({ collection: 'users', data: { email, password } })
    return Boolean(result.token)
  } catch {
    return false
  }
}

async function rolesOf(email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  return docs[0]?.roles
}

describe('cms users', () => {
  it('create without --password makes a strong random one, prints it once, and it logs in', async () => {
    const res = cms(
      'create',
      '--email',
      'Chanh.Van@Tinh.vn',
      '--role',
      'admin',
      '--name',
      'Chánh Văn',
    )
    expect(res.code, res.stderr).toBe(0)
    const password = printedPassword(res.stdout)
    expect(password).toBeDefined()
    expect(password!.length).toBeGreaterThanOrEqual(16)
    expect(res.stdout.split(password!).length - 1).toBe(1)
    expect(res.stderr).not.toContain(password!)
    expect(await canLogIn('chanh.van@tinh.vn', password!)).toBe(true)
    expect(await rolesOf('chanh.van@tinh.vn')).toEqual(['admin'])
  })

  it('create with --password uses it without echoing it', async () => {
    const chosen = 'Bien-tap-vien-2025!'
    const res = cms('create', '--email', 'bt@tinh.vn', '--role', 'editor', '--password', chosen)
    expect(res.code, res.stderr).toBe(0)
    expect(res.stdout + res.stderr).not.toContain(chosen)
    expect(await canLogIn('bt@tinh.vn', chosen)).toBe(true)
    expect(await rolesOf('bt@tinh.vn')).toEqual(['editor'])
  })

  it('create gives several roles, by repeating --role or with commas', async () => {
    const repeated = cms(
      'create',
      '--email',
      'ld@tinh.vn',
      '--role',
      'editor',
      '--role',
      'approver',
    )
    expect(repeated.code, repeated.stderr).toBe(0)
    expect(await rolesOf('ld@tinh.vn')).toEqual(['editor', 'approver'])
    const commas = cms('create', '--email', 'ld2@tinh.vn', '--role', 'approver, editor,approver')
    expect(commas.code, commas.stderr).toBe(0)
    expect(await rolesOf('ld2@tinh.vn')).toEqual(['approver', 'editor'])
    const bad = cms('create', '--email', 'ld3@tinh.vn', '--role', 'editor,boss')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Vai trò không hợp lệ: "boss"')
    expect(await rolesOf('ld3@tinh.vn')).toBeUndefined()
  })

  it('refuses a short password, an unknown role and a duplicate e-mail', async () => {
    const short = cms('create', '--email', 'pv@tinh.vn', '--role', 'reporter', '--password', 'ngan')
    expect(short.code).toBe(2)
    expect(short.stderr).toContain('Mật khẩu phải có ít nhất 12 ký tự')

    const role = cms('create', '--email', 'pv@tinh.vn', '--role', 'superuser')
    expect(role.code).toBe(2)
    expect(role.stderr).toContain('Vai trò không hợp lệ: "superuser"')
    // The accepted roles are the collection's own options.
    const rolesField = Users.fields.find((f) => 'name' in f && f.name === 'roles')
    const options = rolesField && 'options' in rolesField ? rolesField.options : []
    expect(options.length).toBeGreaterThan(0)
    for (const option of options)
      expect(role.stderr).toContain(typeof option === 'string' ? option : option.value)
    expect(await rolesOf('pv@tinh.vn')).toBeUndefined()

    const duplicate = cms('create', '--email', 'BT@tinh.vn', '--role', 'reporter')
    expect(duplicate.code).toBe(1)
    expect(duplicate.stderr).toContain('Đã có tài khoản với e-mail bt@tinh.vn')
    expect(await rolesOf('bt@tinh.vn')).toEqual(['editor'])
  })

  it('reset-password prints a new password once; the old one stops working', async () => {
    const old = 'Bien-tap-vien-2025!'
    expect(await canLogIn('bt@tinh.vn', old)).toBe(true)
    const res = cms('reset-password', '--email', 'bt@tinh.vn')
    expect(res.code, res.stderr).toBe(0)
    const fresh = printedPassword(res.stdout)
    expect(fresh).toBeDefined()
    expect(fresh).not.toBe(old)
    expect(await canLogIn('bt@tinh.vn', old)).toBe(false)
    expect(await canLogIn('bt@tinh.vn', fresh!)).toBe(true)
  })

  it('refuses to reset or delete an unknown e-mail', () => {
    for (const action of ['reset-password', 'delete']) {
      const res = cms(action, '--email', 'khong-co@tinh.vn')
      expect(res.code, action).toBe(1)
      expect(res.stderr).toContain('Không có tài khoản nào với e-mail khong-co@tinh.vn')
    }
  })

  it('lists accounts and deletes one, but never the last admin', async () => {
    const list = cms('list')
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/chanh\.van@tinh\.vn\s+admin\s+Chánh Văn/)
    expect(list.stdout).toMatch(/bt@tinh\.vn\s+editor/)

    const lastAdmin = cms('delete', '--email', 'chanh.van@tinh.vn')
    expect(lastAdmin.code).toBe(1)
    expect(lastAdmin.stderr).toContain('Không thể xóa tài khoản quản trị cuối cùng')
    expect(await rolesOf('chanh.van@tinh.vn')).toEqual(['admin'])

    const res = cms('delete', '--email', 'bt@tinh.vn')
    expect(res.code, res.stderr).toBe(0)
    expect(await rolesOf('bt@tinh.vn')).toBeUndefined()
  })

  it('answers an unknown sub-command with usage and exit code 2', () => {
    const res = cms('promote', '--email', 'x@tinh.vn')
    expect(res.code).toBe(2)
    expect(res.stderr).toContain('Usage:')
  })
})
