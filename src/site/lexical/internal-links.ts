/**
 * The collections a rich-text link may point to inside the site, and their public addresses.
 * The admin's link drawer offers exactly these (src/lib/rich-text-editor.ts) and the renderer
 * (components/article/LinkNode.tsx) writes the href from here, so an editor cannot make an
 * internal link the site would turn into a 404. A standing page (/gioi-thieu/<parents>/<slug>)
 * is linked by its address, as a custom URL starting with `/`.
 */
import { urls } from '@/site/urls'

const INTERNAL_LINKS = {
  articles: (slug: string) => urls.article(slug),
  topics: (slug: string) => urls.topic(slug),
  categories: (slug: string) => urls.category(slug),
} as const

export type InternalLinkCollection = keyof typeof INTERNAL_LINKS

export const INTERNAL_LINK_COLLECTIONS = Object.keys(INTERNAL_LINKS) as InternalLinkCollection[]

/** The public address of an internal link's target, or null when the site has none. */
export function internalHref(relationTo: unknown, slug: string): string | null {
  if (typeof relationTo !== 'string' || !slug || !(relationTo in INTERNAL_LINKS)) return null
  return INTERNAL_LINKS[relationTo as InternalLinkCollection](slug)
}
