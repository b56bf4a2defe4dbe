import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. Production must set it; the embedded quick start generates one
 * once and keeps it under data/ so logins survive restarts.
 */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  // A configured deployment (MongoDB) must bring its own secret; the embedded single-machine
  // quick start may generate one even in production mode.
  if (env.NODE_ENV === 'production' && env.DATABASE_URI?.startsWith('mongodb')) {
    throw new Error(
      'PAYLOAD_SECRET is required in production. Set it to a long random string (e.g. `openssl rand -hex 32`).',
    )
  }
  const file = path.resolve(env.DATA_DIR ?? 'data', '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    return secret
  }
}
