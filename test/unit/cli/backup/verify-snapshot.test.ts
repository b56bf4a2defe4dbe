import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { fileEntry } from '@/cli/backup/checksums'
import type { Manifest } from '@/cli/backup/manifest'
import { snapshotProblems } from '@/cli/backup/verify-snapshot'

async function snapshot(overrides: Partial<Manifest>): Promise<[string, Manifest]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-snapshot-'))
  fs.writeFileSync(path.join(dir, 'cms.db'), 'database bytes')
  fs.writeFileSync(path.join(dir, 'payload-secret'), 'secret bytes')
  const files = [
    await fileEntry(dir, path.join(dir, 'cms.db')),
    await fileEntry(dir, path.join(dir, 'payload-secret')),
  ]
  const manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    app: { name: 'cms', version: 'test' },
    database: { adapter: 'mongodb', note: 'not included' },
    secret: 'payload-secret',
    searchIndex: 'rebuilt-on-restore',
    files,
    ...overrides,
  } as Manifest
  return [dir, manifest]
}

describe('snapshotProblems', () => {
  it('accepts a snapshot whose secret is among its checked files', async () => {
    expect(await snapshotProblems(...(await snapshot({})))).toEqual([])
  })

  it('refuses a manifest that points the secret outside the snapshot', async () => {
    const problems = await snapshotProblems(
      ...(await snapshot({ secret: '../../../../etc/passwd' })),
    )
    expect(problems.join('\n')).toMatch(/secret file not among the checked files/)
  })
})
