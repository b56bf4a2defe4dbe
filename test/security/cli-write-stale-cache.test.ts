import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { timeUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'

/**
 * `cms import` runs in its own process. The running server's page cache and data caches must
 * learn of its writes through the database, so readers see an imported article within 2 s, as
 * they do after an edit in the admin.
 */
let server: Awaited<ReturnType<typeof startProductionServer>>

const TITLE = 'Hội nghị tổng kết công tác kiểm tra giám sát năm 2026'

function cms(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', '--conditions=production', 'src/cli/index.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

async function page(url: string): Promise<{ body: string; cache: string | null }> {
  const res = await fetch(`${server.url}${url}`)
  return { body: await res.text(), cache: res.headers.get('x-page-cache') }
}

beforeAll(async () => {
  server = await startProductionServer({}, true)
})

afterAll(async () => {
  await server?.close()
})

describe('a CLI write reaches the running server', () => {
  it('an imported article shows on cached pages (2 s promised; the latency is reported)', async () => {
    // Warm the caches: the second request is served from the page cache.
    for (const url of ['/', '/rss.xml']) {
      await page(url)
      const warm = await page(url)
      expect(warm.cache).toBe('HIT')
      expect(warm.body).not.toContain(TITLE)
    }
    const file = path.join(server.dir, 'tin-moi.txt')
    fs.writeFileSync(
      file,
      `${TITLE}\n\nSáng 20/11, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác ` +
        `kiểm tra, giám sát năm 2026 và triển khai nhiệm vụ năm 2027.\n\nMinh Yến\n`,
    )
    const run = await cms(['import', file])
    expect(run.code, run.output).toBe(0)
    // The promise is 2 s (the shared content version is polled once a second, then the page
    // renders), but on a loaded 2-core machine a render alone can take longer: the change must
    // arrive long before the page cache's 10-minute lifetime would end, and the latency is
    // reported, not asserted (bench/load measures it under controlled load).
    for (const url of ['/rss.xml', '/'])
      await timeUntil(
        `imported article on ${url}`,
        async () => (await page(url)).body.includes(TITLE),
        10_000,
      )
  })
})
