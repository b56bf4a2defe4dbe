import type { PayloadRequest } from 'payload'

import { idsOf } from '@/collections/Media/public-use'

import type { ArticleFacts } from './targets'

/**
 * Resolves what a public article names by id (categories, tags, authors, topics) to the slugs of
 * the pages that list it, for targets.ts. Runs in the save's transaction (`req`), a handful of
 * small queries per publish: the categories (tens), the article's tags and authors by id, the
 * topics that pick it or one of its tags, and the articles that pick it as related.
 */
export interface ArticleRefs {
  id: string
  slug?: string | null
  kind?: string | null
  categories?: unknown
  tags?: unknown
  authors?: unknown
  photoCredits?: string[] | null
}

async function slugsById(
  req: PayloadRequest,
  collection: 'tags' | 'authors',
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    select: { slug: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.flatMap((d) => (d.slug ? [[d.id, d.slug] as const] : [])))
}

/** Each article's facts, in order; null stays null (the article was not public on that side). */
export async function resolveArticleFacts(
  req: PayloadRequest,
  articles: Array<ArticleRefs | null>,
): Promise<Array<ArticleFacts | null>> {
  const present = articles.filter((a): a is ArticleRefs => a !== null)
  if (present.length === 0) return articles.map(() => null)
  const tagIds = [...new Set(present.flatMap((a) => idsOf(a.tags)))]
  const authorIds = [...new Set(present.flatMap((a) => idsOf(a.authors)))]
  const articleIds = [...new Set(present.map((a) => a.id))]
  const [categories, tags, authors, topics, pickers] = await Promise.all([
    req.payload.find({
      collection: 'categories',
      select: { slug: true, parent: true },
      depth: 0,
      limit: 10_000,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    slugsById(req, 'tags', tagIds),
    slugsById(req, 'authors', authorIds),
    req.payload.find({
      collection: 'topics',
      // Drafts too: a topic page that cannot show the article is dropped for nothing, no harm.
      where: {
        or: [
          { articles: { in: articleIds } },
          ...(tagIds.length ? [{ tags: { in: tagIds } }] : []),
        ],
      },
      select: { slug: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    // Articles that pick it as related: the pick shows only while it is published, so their
    // pages change when it is published, and they do not link to it before.
    req.payload.find({
      collection: 'articles',
      where: { relatedArticles: { in: articleIds } },
      select: { slug: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  const byId = new Map(categories.docs.map((c) => [c.id, c]))
  const withAncestors = (ids: string[]): string[] => {
    const slugs = new Set<string>()
    for (const id of ids) {
      let current = byId.get(id)
      const seen = new Set<string>()
      while (current && !seen.has(current.id)) {
        seen.add(current.id)
        if (current.slug) slugs.add(current.slug)
        current = byId.get(idsOf([current.parent])[0] ?? '')
      }
    }
    return [...slugs]
  }
  const topicSlugs = topics.docs.flatMap((t) => (t.slug ? [t.slug] : []))
  const pickedBy = pickers.docs.flatMap((p) => (p.slug ? [p.slug] : []))
  return articles.map((a) => {
    if (!a) return null
    const categoryIds = idsOf(a.categories)
    const ownTags = idsOf(a.tags)
    return {
      slug: a.slug ?? null,
      kind: a.kind ?? null,
      categoryIds,
      categorySlugs: withAncestors(categoryIds),
      tagIds: ownTags,
      tagSlugs: ownTags.flatMap((id) => tags.get(id) ?? []),
      authorSlugs: idsOf(a.authors).flatMap((id) => authors.get(id) ?? []),
      topicSlugs,
      credits: a.photoCredits ?? [],
      pickedBy,
    }
  })
}
