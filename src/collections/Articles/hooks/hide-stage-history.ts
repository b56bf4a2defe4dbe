import type { CollectionAfterReadHook } from 'payload'

import { isStaff } from '@/access/roles'

/**
 * Field access already empties the history for the public, but Payload still answers an empty
 * array: drop the key from public API answers, so a public article carries no trace that a
 * processing history exists. Local API callers (server code) keep what field access gives them.
 */
export const hideStageHistory: CollectionAfterReadHook = ({ doc, req }) => {
  if (req.payloadAPI === 'local' || isStaff(req.user)) return doc
  if (!doc || typeof doc !== 'object' || !('stageHistory' in doc)) return doc
  const { stageHistory: _hidden, ...rest } = doc as Record<string, unknown>
  return rest
}
