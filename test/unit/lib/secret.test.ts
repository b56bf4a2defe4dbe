import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolveSecret } from '@/lib/secret'

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

describe('resolveSecret', () => {
  it('uses PAYLOAD_SECRET when set', () => {
    expect(resolveSecret(env({ PAYLOAD_SECRET: 'abc', NODE_ENV: 'production' }))).toBe('abc')
  })

  it('refuses a production MongoDB deployment without a secret, with a clear message', () => {
    expect(() =>
      resolveSecret(env({ NODE_ENV: 'production', DATABASE_URI: 'mongodb://db/cms' })),
    ).toThrow(/PAYLOAD_SECRET is required/)
  })

  it('generates one secret for the embedded quick start and keeps it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const first = resolveSecret(env({ DATA_DIR: dir, NODE_ENV: 'production' }))
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(env({ DATA_DIR: dir }))).toBe(first)
    expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o077).toBe(0)
  })
})
