import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

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

describe('resolveSecret, read once per process', () => {
  it('reads the generated file once, not on every call (a cached page asks on every response)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    fs.writeFileSync(path.join(dir, '.payload-secret'), 'kept-secret\n', { mode: 0o600 })
    const reads = vi.spyOn(fs, 'readFileSync')
    try {
      for (let i = 0; i < 5; i++) expect(resolveSecret(env({ DATA_DIR: dir }))).toBe('kept-secret')
      const ofSecret = reads.mock.calls.filter(([file]) => String(file).startsWith(dir))
      expect(ofSecret).toHaveLength(1)
    } finally {
      reads.mockRestore()
    }
  })

  it('keeps the secret the process started with when the file changes, as Payload’s sessions do', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const file = path.join(dir, '.payload-secret')
    fs.writeFileSync(file, 'first', { mode: 0o600 })
    expect(resolveSecret(env({ DATA_DIR: dir }))).toBe('first')
    fs.writeFileSync(file, 'rotated')
    expect(resolveSecret(env({ DATA_DIR: dir }))).toBe('first')
  })

  it('keeps one secret per data directory, and PAYLOAD_SECRET still wins', () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    fs.writeFileSync(path.join(a, '.payload-secret'), 'secret-a')
    fs.writeFileSync(path.join(b, '.payload-secret'), 'secret-b')
    expect(resolveSecret(env({ DATA_DIR: a }))).toBe('secret-a')
    expect(resolveSecret(env({ DATA_DIR: b }))).toBe('secret-b')
    expect(resolveSecret(env({ DATA_DIR: a, PAYLOAD_SECRET: 'from-env' }))).toBe('from-env')
  })

  it('uses the file another process created first instead of failing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const file = path.join(dir, '.payload-secret')
    // The first read finds nothing; by the time this process writes, the other one has.
    const read = fs.readFileSync
    const reads = vi.spyOn(fs, 'readFileSync').mockImplementationOnce(() => {
      fs.writeFileSync(file, 'theirs', { mode: 0o600 })
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
    })
    try {
      expect(resolveSecret(env({ DATA_DIR: dir }))).toBe('theirs')
      expect(read(file, 'utf8')).toBe('theirs')
    } finally {
      reads.mockRestore()
    }
  })
})
