/**
 * Single use of form tokens, remembered in the database (collection `form-token-uses`, unique
 * nonce) rather than in memory, so it holds across several server processes and restarts. Rows
 * are pruned once their token has expired: an expired token is refused by its time anyway.
 */
import type { Payload } from 'payload'

import { FORM_TOKEN_USES_SLUG } from '@/collections/FormTokenUses'

const PRUNE_EVERY_MS = 10 * 60_000
let lastPrune = 0

/** True the first time a nonce is seen; false for a replay (here or in another process). */
export async function consumeToken(
  payload: Payload,
  nonce: string,
  expiresAt: number,
): Promise<boolean> {
  try {
    await payload.create({
      collection: FORM_TOKEN_USES_SLUG,
      data: { nonce, expiresAt: new Date(expiresAt).toISOString() },
      overrideAccess: true,
    })
  } catch (error) {
    // The unique index refused it: used before. Anything else is a real failure.
    const { totalDocs } = await payload.count({
      collection: FORM_TOKEN_USES_SLUG,
      where: { nonce: { equals: nonce } },
      overrideAccess: true,
    })
    if (totalDocs > 0) return false
    throw error
  }
  pruneNowAndThen(payload)
  return true
}

function pruneNowAndThen(payload: Payload): void {
  const now = Date.now()
  if (now - lastPrune < PRUNE_EVERY_MS) return
  lastPrune = now
  void payload
    .delete({
      collection: FORM_TOKEN_USES_SLUG,
      where: { expiresAt: { less_than: new Date(now).toISOString() } },
      overrideAccess: true,
    })
    .catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'Pruning used form tokens failed; retried later'),
    )
}
