/**
 * `npm start`: production server. Builds the Next bundle first when it is missing or older
 * than the sources (content hash), showing Next's own build progress, then serves it.
 */
import { loadEnv } from '@/lib/load-env'
import { startOrExit } from '@/server/start-or-exit'

import { buildIsFresh, ensureProductionBuild } from './build-stamp'

loadEnv()
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

if (buildIsFresh()) {
  console.log('Production build is up to date.')
} else {
  console.log('Building the production bundle (first start or sources changed)…')
  if (!ensureProductionBuild()) {
    console.error('Build failed; see the output above.')
    process.exit(1)
  }
}

const { startServer } = await import('@/server/app')
await startOrExit(() => startServer({ dev: false }))
