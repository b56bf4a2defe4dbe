import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { demoAccountsFile, readDemoAccounts, writeDemoAccounts } from '@/seed/demo-accounts-file'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-accounts-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('demoAccountsFile', () => {
  it('sits beside the SQLite database', () => {
    expect(demoAccountsFile({})).toBe(path.resolve('data/demo-accounts.txt'))
    expect(demoAccountsFile({ DATABASE_URI: 'file:/tmp/x/cms.db' })).toBe(
      '/tmp/x/demo-accounts.txt',
    )
  })

  it('falls back to DATA_DIR when the database has no folder', () => {
    const env = { DATABASE_URI: 'mongodb://db:27017/cms', DATA_DIR: '/srv/cms' }
    expect(demoAccountsFile(env)).toBe('/srv/cms/demo-accounts.txt')
    expect(demoAccountsFile({ DATABASE_URI: 'file::memory:' })).toBe(
      path.resolve('data/demo-accounts.txt'),
    )
  })
})

describe('writeDemoAccounts', () => {
  const accounts = [
    { role: 'admin', email: 'quantri@demo.vn', password: 'abcde-FGHJK-23456-mnpqr' },
    { role: 'reporter', email: 'phongvien@demo.vn', password: 'zyxwv-TSRQP-98765-kjhgf' },
  ]

  it('writes an owner-only file that reads back', () => {
    const file = path.join(dir, 'new', 'demo-accounts.txt')
    writeDemoAccounts(file, accounts)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(readDemoAccounts(file)).toEqual(accounts)
    expect(fs.readFileSync(file, 'utf8')).toContain('npm run cms -- users')
  })

  it('replaces an older world-readable file instead of inheriting its mode', () => {
    const file = path.join(dir, 'demo-accounts.txt')
    fs.writeFileSync(file, 'old', { mode: 0o644 })
    writeDemoAccounts(file, accounts)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(readDemoAccounts(file)).toEqual(accounts)
  })
})
