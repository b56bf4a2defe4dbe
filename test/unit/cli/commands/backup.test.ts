/**
 * `cms backup` when another backup is writing into the same folder (the nightly cron and one
 * started by hand): each would prune the other's `.partial` folder, and the survivor would write
 * a complete-looking snapshot whose files were deleted under it. The second one is refused.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { LOCK } from '@/cli/backup/snapshots'
import { run } from '@/cli/commands/backup'

let dir = ''
let backups = ''
let errors: string[] = []

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-command-'))
  backups = path.join(dir, 'backups')
  fs.mkdirSync(path.join(dir, 'media'))
  fs.writeFileSync(path.join(dir, 'media', 'anh.jpg'), 'photo')
  const db = createClient({ url: `file:${dir}/cms.db` })
  await db.execute('CREATE TABLE articles (id INTEGER PRIMARY KEY)')
  db.close()
  vi.stubEnv('DATABASE_URI', `file:${dir}/cms.db`)
  vi.stubEnv('MEDIA_DIR', path.join(dir, 'media'))
  vi.stubEnv('DATA_DIR', dir)
  errors = []
  vi.spyOn(console, 'error').mockImplementation((m: unknown) => void errors.push(String(m)))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
  fs.rmSync(dir, { recursive: true, force: true })
})

const snapshots = () => fs.readdirSync(backups).filter((n) => n.startsWith('cms-backup-'))

describe('cms backup', () => {
  it('refuses to write while another backup is writing into the same folder', async () => {
    fs.mkdirSync(backups)
    // The other backup: a live process (this one) holds the lock.
    fs.writeFileSync(path.join(backups, LOCK), String(process.pid))
    expect(await run([backups, '--keep', '1'])).toBe(1)
    expect(errors.join('\n')).toMatch(/another backup \(process \d+\) is writing/)
    expect(snapshots()).toEqual([])
    // Its lock is left to it.
    expect(fs.readFileSync(path.join(backups, LOCK), 'utf8')).toBe(String(process.pid))
  })

  it('takes over the lock of a backup that was killed, and releases it', async () => {
    fs.mkdirSync(backups)
    const gone = spawnSync(process.execPath, ['-e', '0']).pid
    fs.writeFileSync(path.join(backups, LOCK), String(gone))
    expect(await run([backups])).toBe(0)
    expect(snapshots()).toHaveLength(1)
    expect(fs.existsSync(path.join(backups, LOCK))).toBe(false)
  })

  it('refuses a folder inside MEDIA_DIR before writing anything there', async () => {
    expect(await run([path.join(dir, 'media', 'backups')])).toBe(1)
    expect(fs.readdirSync(path.join(dir, 'media'))).toEqual(['anh.jpg'])
  })
})
