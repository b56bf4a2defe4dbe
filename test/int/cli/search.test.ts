import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-cli-'))
const env = {
  ...process.env,
  DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
  SEARCH_INDEX_URL: `file:${path.join(dir, 'search.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'cli-test',
  LOG_LEVEL: 'error',
}

function cms(...args: string[]) {
  const res = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/cli/index.ts', ...args],
    { env, encoding: 'utf8', timeout: 120_000 },
  )
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

interface CliResult {
  query: string
  total: number
  tookMs: number
  hits: Array<{
    id: string
    slug: string
    title: string
    kind: string
    publishedAt: string
    snippet: string
  }>
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('cms CLI', () => {
  it('seed leaves the index in step, so search finds the articles right away', () => {
    expect(cms('seed').code).toBe(0)
    const res = cms('search', 'nghị quyết 12-NQ/ĐUK', '--json', '--limit', '3')
    expect(res.code).toBe(0)
    const out = JSON.parse(res.stdout) as CliResult
    expect(Object.keys(out).sort()).toEqual(['hits', 'query', 'tookMs', 'total'])
    expect(out.total).toBeGreaterThan(0)
    expect(out.hits.length).toBeLessThanOrEqual(3)
    expect(Object.keys(out.hits[0]!).sort()).toEqual([
      'id',
      'kind',
      'publishedAt',
      'slug',
      'snippet',
      'title',
    ])
    expect(out.hits[0]!.title).toContain('12-NQ/ĐUK')
  })

  it('reindex rebuilds a lost index from the database', () => {
    fs.rmSync(path.join(dir, 'search.db'), { force: true })
    for (const suffix of ['-wal', '-shm'])
      fs.rmSync(path.join(dir, `search.db${suffix}`), { force: true })
    expect((JSON.parse(cms('search', 'hội nghị', '--json').stdout) as CliResult).total).toBe(0)
    const res = cms('reindex')
    expect(res.code).toBe(0)
    expect(res.stderr).toMatch(/Indexed 7 published articles and 2 answered questions/)
    expect(
      (JSON.parse(cms('search', 'hội nghị', '--json').stdout) as CliResult).total,
    ).toBeGreaterThan(0)
  })

  it('answers usage errors with exit code 2', () => {
    expect(cms('search').code).toBe(2)
    expect(cms('no-such-command').code).toBe(2)
  })
})
