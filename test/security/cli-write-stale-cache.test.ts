import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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

/** Milliseconds until `url` shows `text`, polling every 100 ms for at most 10 s. */
async function msUntilShown(url: string, text: string, since: number): Promise<number> {
  while (Date.now() - since < 10_000) {
    if ((await page(url)).body.includes(text)) return Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Infinity
}

beforeAll(async () => {
  server = await startProductionServer({}, true)
})

afterAll(async () => {
  await server?.close()
})

describe('a CLI write reaches the running server', () => {
  it('an imported article shows on cached pages within 2 s', async () => {
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
    const done = Date.now()
    expect(await msUntilShown('/rss.xml', TITLE, done)).toBeLessThanOrEqual(2000)
    expect(await msUntilShown('/', TITLE, done)).toBeLessThanOrEqual(2000)
  })
})
