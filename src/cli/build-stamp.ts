import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const INPUTS = [
  'src',
  'public',
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package-lock.json',
]
const STAMP = path.join('.next', 'cms-build-stamp')

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return
  if (fs.statSync(entry).isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) yield* files(path.join(entry, name))
  } else {
    yield entry
  }
}

/** Content hash of everything the production bundle is built from. */
export function sourceFingerprint(root = process.cwd()): string {
  const hash = crypto.createHash('sha256')
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

export function buildIsFresh(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP)
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || !fs.existsSync(stamp)) return false
  return fs.readFileSync(stamp, 'utf8').trim() === sourceFingerprint(root)
}

export function writeBuildStamp(root = process.cwd()): void {
  fs.writeFileSync(path.join(root, STAMP), sourceFingerprint(root))
}

/**
 * Builds the production bundle when the sources changed since the last build (Next prints its
 * own progress). Returns false when the build failed. Used by `npm start` and the browser tests.
 */
export function ensureProductionBuild(root = process.cwd()): boolean {
  if (buildIsFresh(root)) return true
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  if (result.status !== 0) return false
  writeBuildStamp(root)
  return true
}
