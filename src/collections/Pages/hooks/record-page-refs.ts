import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationId } from '@/lib/relation-id'
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
      const picked = Array.isArray(block.leaders) ? block.leaders.map(relationId) : []
      const ids = picked.filter((id): id is string => Boolean(id))
      if (ids.length === 0) allLeaders = true
      ids.forEach((id) => leaders.add(id))
    }
  }
  return { mediaRefs: [...media], leaderRefs: [...leaders], allLeaders }
}

/**
 * The layout is localised: a save carries one language's blocks, while the refs (one set for the
 * page) must cover every language's, or saving the English page would drop the Vietnamese
 * page's photos from the public-use rule. A publish writes one language only
 * (@/hooks/publish-one-locale): the other languages come from the published page, never from
 * another language's unpublished draft, whose photos must stay private. A draft save (stored in
 * a version only) reads the newest version.
 */
async function otherLocaleLayouts(
  req: PayloadRequest,
  id: unknown,
  current: string | undefined,
  publishing: boolean,
): Promise<unknown[]> {
  if (id == null || !req.payload.config.localization) return []
  // The Local API sets the locale it is given on the request it is handed; the save in progress
  // must keep its own, or its values would be read as a map of languages and dropped.
  const { locale, fallbackLocale } = req
  const stored = await req.payload
    .findByID({
      collection: 'pages',
      id: String(id),
      locale: 'all',
      draft: !publishing,
      depth: 0,
      select: { layout: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .finally(() => {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    })
  const byLocale = stored?.layout as unknown
  if (!byLocale || typeof byLocale !== 'object' || Array.isArray(byLocale)) return []
  return Object.entries(byLocale)
    .filter(([code]) => code !== current)
    .flatMap(([, layout]) => (Array.isArray(layout) ? layout : []))
}

export const recordPageRefs: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const own: unknown = 'layout' in data ? data.layout : originalDoc?.layout
  const publishing = data._status === 'published'
  const others = await otherLocaleLayouts(req, originalDoc?.id, req.locale ?? undefined, publishing)
  const ownBlocks = Array.isArray(own) ? own : []
  return { ...data, ...pageRefs([...ownBlocks, ...others]) }
}
