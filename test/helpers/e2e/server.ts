import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureProductionBuild } from '@/cli/build-stamp'

/** Builds the production bundle only when the sources changed since the last build. */
export function ensureBuild(): void {
  if (!ensureProductionBuild()) throw new Error('next build failed')
}

/** Environment for a throwaway instance: its own SQLite files and media folder. */
export function throwawayEnv(prefix = 'portal-site-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  Object.assign(process.env, {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    SEARCH_INDEX_URL: `file:${path.join(dir, 'search.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'site-test-secret-not-for-production',
    // Pages, images and tests come from one address; the limits protect real deployments.
    RATE_LIMIT_API: process.env.RATE_LIMIT_API ?? '100000',
    RATE_LIMIT_SEARCH: process.env.RATE_LIMIT_SEARCH ?? '100000',
    RATE_LIMIT_LOGIN: process.env.RATE_LIMIT_LOGIN ?? '1000',
    RATE_LIMIT_PAGES: process.env.RATE_LIMIT_PAGES ?? '100000',
    RATE_LIMIT_FEEDBACK: process.env.RATE_LIMIT_FEEDBACK ?? '1000',
  })
  return dir
}

export async function startDemoServer(port = 0) {
  throwawayEnv()
  ensureBuild()
  const { startServer } = await import('@/server/app')
  return startServer({ port, dev: false, seed: true })
}
