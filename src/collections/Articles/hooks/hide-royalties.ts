import type { CollectionAfterReadHook } from 'payload'

import { isEditorial } from '@/access/roles'

/**
 * Field access already empties royalty lines for the public and reporters; this drops the keys
 * from their API answers too, so nothing even hints that lines exist. Local API callers (server
 * code) keep what field access gives them.
 */
export const hideRoyalties: CollectionAfterReadHook = ({ doc, req }) => {
  if (req.payloadAPI === 'local' || isEditorial(req.user)) return doc
  if (!doc || typeof doc !== 'object') return doc
  if (!('royalties' in doc) && !('fillRoyalties' in doc)) return doc
  const { royalties: _lines, fillRoyalties: _fill, ...rest } = doc as Record<string, unknown>
  return rest
}
