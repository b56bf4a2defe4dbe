import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalText } from '@/search/sync/lexical-text'

/**
 * What a page shows that has a read rule of its own, kept in hidden fields so the media's
 * public-use rule (@/collections/Media/page-uses) is a query: photos inside its text blocks
 * (`mediaRefs`), the leaders its leader lists pick (`leaderRefs`), and whether a list shows every
 * leader (`allLeaders`). Partial updates (only `_status`) keep the stored layout's values.
 */
interface LayoutBlock {
  blockType?: string
  content?: unknown
  leaders?: unknown
}

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

export function pageRefs(layout: unknown): {
  mediaRefs: string[]
  leaderRefs: string[]
  allLeaders: boolean
} {
  const media = new Set<string>()
  const leaders = new Set<string>()
  let allLeaders = false
  for (const block of Array.isArray(layout) ? (layout as LayoutBlock[]) : []) {
    if (block.blockType === 'richText')
      lexicalText(block.content).mediaIds.forEach((id) => media.add(id))
    if (block.blockType === 'leaderList') {
      const picked = Array.isArray(block.leaders) ? block.leaders.map(idOf) : []
      const ids = picked.filter((id): id is string => Boolean(id))
      if (ids.length === 0) allLeaders = true
      ids.forEach((id) => leaders.add(id))
    }
  }
  return { mediaRefs: [...media], leaderRefs: [...leaders], allLeaders }
}

export const recordPageRefs: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  ...pageRefs('layout' in data ? data.layout : originalDoc?.layout),
})
