import type { Payload } from 'payload'

import { foldKey } from './fold'
import { ImportUsageError } from './types'

export type CategoryResolver = (label: string | undefined) => string | undefined

/**
 * With `--category <slug>` every article goes there (an unknown slug stops the run before
 * anything is written). Without it, the label the parser dropped from above the title picks
 * the category whose title matches ignoring accents; no match means no category.
 */
export async function loadCategoryResolver(
  payload: Payload,
  slug: string | undefined,
): Promise<CategoryResolver> {
  const { docs } = await payload.find({
    collection: 'categories',
    pagination: false,
    depth: 0,
    select: { title: true, slug: true },
    overrideAccess: true,
  })
  if (slug !== undefined) {
    const chosen = docs.find((c) => c.slug === slug)
    if (!chosen) throw new ImportUsageError(`Không có chuyên mục với slug "${slug}".`)
    return () => chosen.id
  }
  const byTitle = new Map<string, string>()
  for (const c of docs) if (!byTitle.has(foldKey(c.title))) byTitle.set(foldKey(c.title), c.id)
  return (label) => (label ? byTitle.get(foldKey(label)) : undefined)
}
