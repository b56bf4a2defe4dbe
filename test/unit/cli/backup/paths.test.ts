import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { isInside, snapshotPlaceProblem } from '@/cli/backup/paths'

const install = (media: string) => ({ media, secret: '/x/.payload-secret' })

describe('snapshotPlaceProblem', () => {
  it('refuses the media folder and anything under it', () => {
    expect(snapshotPlaceProblem('/srv/cms/media', install('/srv/cms/media'))).toMatch(/MEDIA_DIR/)
    expect(snapshotPlaceProblem('/srv/cms/media/backups/x', install('/srv/cms/media'))).toMatch(
      /inside the media folder/,
    )
  })

  it('accepts folders beside it, above it, or merely named alike', () => {
    for (const dir of ['/srv/backups', '/srv/cms', '/srv/cms/media-backups', '/srv/cms/..media'])
      expect(snapshotPlaceProblem(dir, install('/srv/cms/media')), dir).toBeNull()
  })

  it('sees through a link to the media folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-paths-'))
    fs.mkdirSync(path.join(dir, 'media'))
    fs.symlinkSync(path.join(dir, 'media'), path.join(dir, 'link'))
    expect(isInside(path.join(dir, 'link', 'backups', 'new'), path.join(dir, 'media'))).toBe(true)
    expect(isInside(path.join(dir, 'other'), path.join(dir, 'media'))).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
