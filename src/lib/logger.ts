import { defaultLoggerOptions } from 'payload'
import type { Config } from 'payload'

/**
 * Payload's pretty logger at LOG_LEVEL (default info); LOG_FORMAT=json writes plain JSON lines
 * for log collectors in production.
 */
export function loggerConfig(env: NodeJS.ProcessEnv = process.env): Config['logger'] {
  const level = env.LOG_LEVEL ?? 'info'
  if (env.LOG_FORMAT === 'json') return { options: { level } }
  return { options: { level }, destination: defaultLoggerOptions }
}
