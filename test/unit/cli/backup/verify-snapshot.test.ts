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

  it('refuses a file that is a link out of the snapshot, even with the right checksum', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-outside-'))
    fs.writeFileSync(path.join(outside, 'private.txt'), 'a file the operator can read')
    const [dir, manifest] = await snapshot({})
    fs.mkdirSync(path.join(dir, 'media'))
    const link = path.join(dir, 'media', 'anh.jpg')
    fs.symlinkSync(path.join(outside, 'private.txt'), link)
    // A folder on the way that is a link, holding a real file.
    fs.symlinkSync(outside, path.join(dir, 'media', 'thu-muc'))
    const files = [
      ...manifest.files,
      { ...(await fileEntry(dir, link)), path: 'media/anh.jpg' },
      { ...(await fileEntry(dir, link)), path: 'media/thu-muc/private.txt' },
    ]
    const problems = await snapshotProblems(dir, { ...manifest, files })
    expect(problems).toEqual([
      'checksum mismatch or missing file: media/anh.jpg',
      'checksum mismatch or missing file: media/thu-muc/private.txt',
    ])
  })
})
