import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportReport } from '@/import/run'

import { allArticles, count, fixtureDir, prepareFixtures } from '../../helpers/import-run'
import { bootPayload } from '../../helpers/payload'

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

let dir = ''

// Node 20 intermittently deadlocks (exit 13, "unsettled top-level await") while evaluating
// Lexical's `*.node.mjs` wrappers, which pick their build with a top-level `await import()`.
// The `production` export condition loads the build directly. Until `npm run cms` passes it
// itself, the spawned CLI gets it here so this test checks the importer, not that Node bug.
const NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --conditions=production`

function cms(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/index.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env, LOG_LEVEL: 'warn', NODE_OPTIONS: NODE_OPTIONS.trim() },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

// One database for the whole file: Payload's config (and with it the database URL) is imported
// once per test file, so every in-process boot here reads the file the CLI runs write to.
const envFor = (name: string) => ({
  DATABASE_URI: `file:${path.join(dir, `${name}.db`)}`,
  MEDIA_DIR: path.join(dir, `${name}-media`),
  SEARCH_INDEX_URL: `file:${path.join(dir, `${name}-search.db`)}`,
  PAYLOAD_SECRET: 'test-secret-import-cli',
})

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-import-cli-'))
})

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('npm run cms -- import', () => {
  it('--dry-run --json prints one JSON report on stdout and writes no article', async () => {
    const env = envFor('cms')
    const run = await cms(['import', fixtureDir, '--dry-run', '--json'], env)
    expect(run.code, run.stderr).toBe(1)
    const report = JSON.parse(run.stdout) as ImportReport
    expect(report.dryRun).toBe(true)
    expect(report.summary).toMatchObject({ created: 4, failed: 2 })
    const doc = report.files.find((f) => f.path.endsWith('ket-luan.txt'))
    expect(doc?.article).toMatchObject({
      kind: 'document',
      publishedAt: '2024-11-20T00:00:00+07:00',
      document: { signer: 'Nguyễn Văn Thắng', signerCapacity: 'T/M BAN THƯỜNG VỤ' },
    })
    const interview = report.files.find((f) => f.path.endsWith('phong-van.txt'))?.article
    expect(interview?.interview[0]).toMatchObject({ speaker: 'P.V', isQuestion: true })
    expect(interview?.authors).toEqual([{ name: 'Minh Khôi' }])
    const t = await bootPayload('import-cli-dry', { env })
    try {
      expect(await count(t.payload, 'articles')).toBe(0)
    } finally {
      await t.cleanup()
    }
  })

  it('a usage error exits 2 before touching the database', async () => {
    const env = envFor('usage')
    const run = await cms(['import', path.join(dir, 'khong-co'), '--status', 'xong'], env)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--status chỉ nhận draft hoặc published/)
    expect(fs.existsSync(path.join(dir, 'usage.db'))).toBe(false)
  })

  it('imports for real; the database then holds the articles', async () => {
    const env = envFor('cms')
    const src = await prepareFixtures(path.join(dir, 'nguon'))
    const run = await cms(['import', src], env)
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toMatch(/^created\s+.*ket-luan\.txt — Kết luận/m)
    expect(run.stdout).toMatch(/^failed\s+.*rong\.txt — Tệp rỗng/m)
    expect(run.stdout).toMatch(
      /10 tệp — 4 tạo mới, 0 cập nhật, 0 không đổi, 0 trùng lặp, 4 bỏ qua, 2 lỗi/,
    )
    const t = await bootPayload('import-cli-read', { env })
    try {
      const articles = await allArticles(t.payload)
      expect(articles.map((a) => a.kind).sort()).toEqual(['document', 'interview', 'news', 'news'])
      expect(await count(t.payload, 'media')).toBe(2)
    } finally {
      await t.cleanup()
    }
  })
})
