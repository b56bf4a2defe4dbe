import type { Config } from 'payload'
import { destination } from 'pino'
import { build } from 'pino-pretty'

const PRETTY = { colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }

/**
 * Payload's logger at LOG_LEVEL (default info). LOG_FORMAT=json writes plain JSON lines for
 * log collectors; LOG_DESTINATION=stderr keeps stdout clean for CLI output such as --json.
 */
export function loggerConfig(env: NodeJS.ProcessEnv = process.env): Config['logger'] {
  const level = env.LOG_LEVEL ?? 'info'
  const fd = env.LOG_DESTINATION === 'stderr' ? 2 : 1
  if (env.LOG_FORMAT === 'json') return { options: { level }, destination: destination(fd) }
  return { options: { level }, destination: build({ ...PRETTY, destination: fd }) }
}
