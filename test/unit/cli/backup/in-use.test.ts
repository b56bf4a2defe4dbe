// Restore asks SQLite whether another process has the installation's database open
// (src/cli/backup/in-use.ts): an idle open connection counts, a closed or killed one does not,
// and a missing file is neither in use nor created.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteFileInUse } from '@/cli/backup/in-use'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-in-use-'))
const file = path.join(dir, 'cms.db')

/** A process that opens the file in WAL, reads once, says so and then sits idle. */
function holder(): Promise<ChildProcess> {
  const script = `
    const { createClient } = require('@libsql/client')
    const c = createClient({ url: 'file:' + process.argv[1] })
    c.execute('PRAGMA journal_mode=WAL')
      .then(() => c.execute('SELECT count(*) FROM t'))
      .then(() => console.log('holding'))
    setInterval(() => {}, 60_000)`
  const child = spawn(process.execPath, ['-e', script, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('holding')) resolve(child)
    })
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)))
  })
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.on('exit', () => resolve())
  })

// Created and read back in child processes, so the only connections to the file are the ones
// each test means: @libsql/client keeps a closed connection (and its locks) until the garbage
// collector finalizes its statements, and restore never opens the database before it asks.
beforeAll(() => {
  execFileSync(process.execPath, [
    '-e',
    `const { createClient } = require('@libsql/client')
    const c = createClient({ url: 'file:' + process.argv[1] })
    c.execute('PRAGMA journal_mode=WAL')
      .then(() => c.execute('CREATE TABLE t (x)'))
      .then(() => c.execute('INSERT INTO t VALUES (1)'))
      .then(() => c.close())`,
    file,
  ])
})

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('sqliteFileInUse', () => {
  it('is false for a closed database and for a missing file, which it does not create', async () => {
    expect(sqliteFileInUse(file)).toBe(false)
    const missing = path.join(dir, 'missing.db')
    expect(sqliteFileInUse(missing)).toBe(false)
    expect(fs.existsSync(missing)).toBe(false)
  })

  it('is false for a file that is not a database, which it leaves as it is', () => {
    // A damaged database is what a restore repairs: the probe must not make the restore fail.
    const damaged = path.join(dir, 'damaged.db')
    const bytes = Buffer.alloc(8192, 0x5a)
    fs.writeFileSync(damaged, bytes)
    expect(sqliteFileInUse(damaged)).toBe(false)
    expect(fs.readFileSync(damaged).equals(bytes)).toBe(true)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('damaged.db'))).toEqual(['damaged.db'])
  })

  it('is true while another process holds the database open, idle', async () => {
    const child = await holder()
    try {
      expect(sqliteFileInUse(file)).toBe(true)
      // Asking again changes nothing: the probe took no lock it kept.
      expect(sqliteFileInUse(file)).toBe(true)
    } finally {
      child.kill('SIGTERM')
      await exited(child)
    }
    expect(sqliteFileInUse(file)).toBe(false)
  }, 30_000)

  it('is false once the holder is killed with -9 (no stale marker)', async () => {
    const child = await holder()
    child.kill('SIGKILL')
    await exited(child)
    expect(sqliteFileInUse(file)).toBe(false)
    // The data survived the probes.
    const count = execFileSync(process.execPath, [
      '-e',
      `const { createClient } = require('@libsql/client')
      createClient({ url: 'file:' + process.argv[1] })
        .execute('SELECT count(*) AS n FROM t')
        .then((r) => console.log(r.rows[0].n))`,
      file,
    ])
    expect(count.toString().trim()).toBe('1')
  }, 30_000)
})
