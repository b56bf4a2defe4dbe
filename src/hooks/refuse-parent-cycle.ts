import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { APIError } from 'payload'

/**
 * Pages and units hang from a parent of their own kind. A record may not become its own
 * ancestor (A under B under A): the site's tree would lose the branch. Walks the stored parents
 * (drafts included, as an editor sees them) from the new parent upwards.
 */
const MAX_WALK = 50

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

export const refuseParentCycle =
  (collection: 'pages' | 'units', noun: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const self = idOf(originalDoc?.id)
    let next = idOf(data.parent)
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
      next = idOf(parent?.parent)
    }
    return data
  }
