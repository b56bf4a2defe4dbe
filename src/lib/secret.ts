import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/*
 * The generated secret, per file, as this process first read it. Payload signs sessions with the
 * secret it read once when the config was built (payload.config.ts), so a process must keep using
 * that one for everything derived from it (form tokens, the feedback IP hash, the page-view log
 * key): reading the file again on every cached-page request cost a syscall per response and would
 * have let a rotated file split the process between two secrets. Rotating takes a restart.
 */
const readSecrets = new Map<string, string>()

function readOrCreate(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    } catch (error) {
      // Another process (a second server on the same data, a CLI) created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        return fs.readFileSync(file, 'utf8').trim()
      throw error
    }
    return secret
  }
}

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
  let secret = readSecrets.get(file)
  if (secret === undefined) {
    secret = readOrCreate(file)
    readSecrets.set(file, secret)
  }
  return secret
}
