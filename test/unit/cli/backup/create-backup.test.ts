import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BackupPlaceError, createBackup } from '@/cli/backup/create-backup'

/**
 * `createBackup` on a throwaway installation (a small SQLite file and a media folder), with an
 * editor acting between its steps: what the snapshot's database names must be in the snapshot.
 */
let dir = ''
let media = ''
let backups = ''

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'create-backup-'))
  media = path.join(dir, 'media')
  backups = path.join(dir, 'backups')
  fs.mkdirSync(media)
  fs.writeFileSync(path.join(media, 'anh-cu.jpg'), 'old photo')
  fs.writeFileSync(path.join(media, 'anh-xoa.jpg'), 'photo deleted during the backup')
  const db = createClient({ url: `file:${dir}/cms.db` })
  await db.execute('CREATE TABLE media (id INTEGER PRIMARY KEY, filename TEXT)')
  await db.execute("INSERT INTO media (filename) VALUES ('anh-cu.jpg'), ('anh-xoa.jpg')")
  db.close()
  vi.stubEnv('DATABASE_URI', `file:${dir}/cms.db`)
  vi.stubEnv('MEDIA_DIR', media)
  vi.stubEnv('DATA_DIR', dir)
})

afterEach(() => {
  vi.unstubAllEnvs()
  fs.rmSync(dir, { recursive: true, force: true })
})

const snapshotFiles = (snapshot: string) =>
  fs.readdirSync(path.join(snapshot, 'media')).sort((a, b) => a.localeCompare(b))

describe('createBackup', () => {
  it('keeps a photo deleted while the database is copied: the snapshot database names it', async () => {
    const { dir: snapshot, manifest } = await createBackup(backups, {
      afterDatabase: () => fs.rmSync(path.join(media, 'anh-xoa.jpg')),
    })
    expect(manifest.database.adapter === 'sqlite' && manifest.database.counts.media).toBe(2)
    expect(snapshotFiles(snapshot)).toEqual(['anh-cu.jpg', 'anh-xoa.jpg'])
    expect(manifest.files.map((f) => f.path)).toContain('media/anh-xoa.jpg')
  })

  it('takes a photo uploaded (file, then record) just before the database is copied', async () => {
    const { dir: snapshot, manifest } = await createBackup(backups, {
      beforeDatabase: async () => {
        fs.writeFileSync(path.join(media, 'anh-moi.jpg'), 'new photo')
        const db = createClient({ url: `file:${dir}/cms.db` })
        await db.execute("INSERT INTO media (filename) VALUES ('anh-moi.jpg')")
        db.close()
      },
    })
    expect(manifest.database.adapter === 'sqlite' && manifest.database.counts.media).toBe(3)
    expect(snapshotFiles(snapshot)).toEqual(['anh-cu.jpg', 'anh-moi.jpg', 'anh-xoa.jpg'])
    const entry = manifest.files.find((f) => f.path === 'media/anh-moi.jpg')
    expect(entry?.size).toBe('new photo'.length)
  })

  it('removes its partial folder when it fails, so a full disk does not stay full', async () => {
    fs.writeFileSync(path.join(dir, 'cms.db'), 'not a database, like a disk that filled up')
    await expect(createBackup(backups)).rejects.toThrow()
    expect(fs.readdirSync(backups)).toEqual([])
  })

  it('refuses to write snapshots inside the media folder, also through a link', async () => {
    await expect(createBackup(path.join(media, 'backups'))).rejects.toBeInstanceOf(BackupPlaceError)
    fs.symlinkSync(media, path.join(dir, 'link-to-media'))
    await expect(createBackup(path.join(dir, 'link-to-media', 'backups'))).rejects.toThrow(
      /inside the media folder/,
    )
    expect(fs.readdirSync(media).sort()).toEqual(['anh-cu.jpg', 'anh-xoa.jpg'])
  })
})
