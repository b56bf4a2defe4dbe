/**
 * The load benchmark's database: generated once per (article count, seed, generator version,
 * schema) and kept under the system temp folder, so a second run starts in seconds. Each run
 * works on a copy, so the editors' saves never leak into the next run's starting point.
 */
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { LOAD_SEED } from './article-data'

/** Bump when the generated content changes shape, so old caches are not reused. */
const GENERATOR_VERSION = 3
const CACHE_ROOT = path.join(os.tmpdir(), 'portal-load-data')

export function datasetKey(articles: number): string {
  const migrations = fs.readdirSync(path.join(process.cwd(), 'src/migrations/sqlite')).sort()
  const schema = crypto.createHash('sha256').update(migrations.join('\n')).digest('hex')
  return `a${articles}-s${LOAD_SEED}-g${GENERATOR_VERSION}-m${schema.slice(0, 10)}`
}

/** Environment that points Payload, the search index and media into `dir`. */
export function dataEnv(dir: string): Record<string, string> {
  return {
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    SEARCH_INDEX_URL: `file:${path.join(dir, 'search.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
  }
}

export interface GenerationTimes {
  articles: number
  indexed: number
  writeMs: number
  indexMs: number
  totalMs: number
}

/** The cached data directory for `articles`, generating it first when missing. */
export async function ensureDataset(
  articles: number,
): Promise<{ dir: string; generated?: GenerationTimes }> {
  const dir = path.join(CACHE_ROOT, datasetKey(articles))
  if (fs.existsSync(path.join(dir, 'done.json'))) return { dir }
  const partial = `${dir}.partial-${process.pid}`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(partial, { recursive: true })
  console.log(`Generating ${articles} articles into ${dir} (cached for later runs)…`)
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'bench/load/generate.ts', String(articles)],
      {
        env: {
          ...process.env,
          ...dataEnv(partial),
          NODE_ENV: 'production',
          NEXT_TELEMETRY_DISABLED: '1',
          JOBS_AUTORUN: 'false',
          LOG_LEVEL: 'error',
          PAYLOAD_SECRET: 'load-bench-secret-not-for-production',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`dataset generation exited with ${code}`)),
    )
  })
  const times = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as GenerationTimes
  fs.writeFileSync(path.join(partial, 'done.json'), JSON.stringify(times))
  fs.rmSync(dir, { recursive: true, force: true })
  fs.renameSync(partial, dir)
  return { dir, generated: times }
}

/** A private copy of the cached data for one run (SQLite files are copied whole). */
export function copyDataset(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-load-run-'))
  execFileSync('cp', ['-a', `${from}/.`, to])
  return to
}
