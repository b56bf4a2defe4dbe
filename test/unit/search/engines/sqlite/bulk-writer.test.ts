// A rebuild asks its writer (engines/sqlite/bulk-writer.ts; a thread of its own on a database
// file) for the next page's transaction before the previous one has settled. The writes must
// still run in the order asked, each all or nothing, and a failed one must fail only itself.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { openBulkWriter } from '@/search/engines/sqlite/bulk-writer'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-writer-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('bulk writer', () => {
  it('runs pipelined writes in order, each in one transaction', async () => {
    const url = `file:${path.join(dir, 'w.db')}`
    const client = createClient({ url })
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('CREATE TABLE t (n INTEGER NOT NULL)')
    const writer = openBulkWriter(url, client)
    const insert = (n: number | null) => ({ sql: 'INSERT INTO t (n) VALUES (?)', args: [n] })
    const writes = [
      writer.write([insert(1), insert(2)]),
      // NOT NULL fails on the second statement: the first of this write must not stay either.
      writer.write([insert(3), insert(null)]),
      ...Array.from({ length: 50 }, (_, i) => writer.write([insert(10 + i)])),
    ]
    const settled = await Promise.allSettled(writes)
    await writer.close()
    expect(settled.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      ...Array.from({ length: 50 }, () => 'fulfilled'),
    ])
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/NOT NULL/)
    const rows = await client.execute('SELECT n FROM t ORDER BY rowid')
    expect(rows.rows.map((r) => Number(r.n))).toEqual([
      1,
      2,
      ...Array.from({ length: 50 }, (_, i) => 10 + i),
    ])
    await expect(writer.write([insert(99)])).rejects.toThrow(/closed/)
    client.close()
  })
})
