import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dir: string
  cleanup: () => Promise<void>
}

/** Set DATABASE_URI=mongodb://host/anything to run the same suites against MongoDB. */
const MONGO_URI = process.env.DATABASE_URI?.startsWith('mongodb')
  ? process.env.DATABASE_URI
  : undefined

function mongoTestUri(base: string, name: string): string {
  const url = new URL(base)
  url.pathname = `/cms_test_${name}_${Date.now()}`
  return url.toString()
}

/**
 * Boots a real Payload on a fresh database: a temporary SQLite file (migrated exactly as in
 * production) or, when configured, a fresh MongoDB database that is dropped afterwards. Each
 * instance has its own media folder. Environment is set before the config is imported because
 * the config reads it at import time.
 */
export async function bootPayload(
  name: string,
  options: { cron?: boolean; env?: Record<string, string> } = {},
): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-${name}-`))
  process.env.DATABASE_URI = MONGO_URI
    ? mongoTestUri(MONGO_URI, name)
    : `file:${path.join(dir, 'cms.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'test-secret-' + name
  process.env.JOBS_AUTORUN = options.cron ? 'true' : 'false'
  process.env.SEARCH_INDEX_URL = `file:${path.join(dir, 'search.db')}`
  Object.assign(process.env, options.env ?? {})
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({
    config,
    key: `${name}-${Date.now()}`,
    cron: options.cron ?? false,
  })
  return {
    payload,
    dir,
    cleanup: async () => {
      if (MONGO_URI) {
        const db = payload.db as unknown as {
          connection?: { dropDatabase: () => Promise<unknown> }
        }
        await db.connection?.dropDatabase()
      }
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
