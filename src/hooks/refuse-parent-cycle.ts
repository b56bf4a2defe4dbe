import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { APIError } from 'payload'

import { relationId } from '@/lib/relation-id'

/**
 * Pages and units hang from a parent of their own kind. A record may not become its own
 * ancestor (A under B under A): the site's tree would lose the branch. Walks the stored parents
 * (drafts included, as an editor sees them) from the new parent upwards.
 */
const MAX_WALK = 50

export const refuseParentCycle =
  (collection: 'pages' | 'units', noun: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const self = relationId(originalDoc?.id)
    let next = relationId(data.parent)
    if (!self || !next) return data
    for (let steps = 0; next && steps < MAX_WALK; steps++) {
      if (next === self) {
        throw new APIError(
          `Không thể đặt ${noun} này dưới chính nó hoặc dưới một ${noun} con của nó.`,
          400,
          null,
          true,
        )
      }
      const parent = (await req.payload
        .findByID({
          collection: collection as CollectionSlug,
          id: next,
          depth: 0,
          draft: true,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        .catch(() => null)) as { parent?: unknown } | null
      next = relationId(parent?.parent)
    }
    return data
  }
