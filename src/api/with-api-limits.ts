import type { SanitizedConfig } from 'payload'

import { capListArgs } from './cap-list-args'

/**
 * Adds the list cap to every collection once the config is sanitised, so Payload's own
 * collections (preferences, locked documents, jobs, migrations) are capped like ours.
 */
export async function withApiLimits(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  for (const collection of sanitized.collections) {
    collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), capListArgs]
  }
  return sanitized
}
