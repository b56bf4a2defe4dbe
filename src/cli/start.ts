/**
 * `npm start`: production server. Builds the Next bundle first when it is missing or older
 * than the sources (content hash), showing Next's own build progress, then serves it.
 */
import { spawnSync } from 'node:child_process'

import { loadEnv } from '../lib/loadEnv'
import { buildIsFresh, writeBuildStamp } from './buildStamp'

loadEnv()
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

if (buildIsFresh()) {
  console.log('Production build is up to date.')
} else {
  console.log('Building the production bundle (first start or sources changed)…')
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
  })
  if (result.status !== 0) {
    console.error('Build failed; see the output above.')
    process.exit(result.status ?? 1)
  }
  writeBuildStamp()
}

const { startServer } = await import('../server/app')
await startServer({ dev: false })
