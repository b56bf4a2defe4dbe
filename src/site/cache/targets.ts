/**
 * Which cached pages a change can make stale: pure functions from what changed to a target the
 * page cache matches its entries against (src/server/page-cache.ts, page-index.ts). Correctness
 * first: a page is dropped whenever it might show the change; when the set of pages cannot be
 * known from the change itself (menus, site settings, category titles shown on every page), the
 * target is `all` and every cache is cleared, as every change did before.
 */

/** What to drop. An entry matching any part is dropped; `all` drops everything. */
export interface PageTarget {
  all?: true
  /** Paths (decoded, without query): every cached variant of each (`?trang=2`…). */
  paths?: string[]
  /** Every cached path starting with one of these. */
  prefixes?: string[]
  /** Pages whose HTML links to one of these paths (`/bai-viet/x`, `/the/x`, `/tac-gia/x`). */
  links?: string[]
  /** Pages that show one of these media files (file names as in their URLs). */
  files?: string[]
  /** Article pages whose "Tin liên quan" draws on one of these category or tag ids. */
  related?: string[]
  /** The document library's filter choices (a data cache in src/site/data/documents.ts). */
  documents?: true
}

export const EVERYTHING: PageTarget = { all: true }

/** A published article as the public sees it, with its relations resolved to slugs. */
export interface ArticleFacts {
  slug: string | null
  kind: string | null
  /** Its own categories (related lists match these, not their parents). */
  categoryIds: string[]
  /** Its categories and all their ancestors: a category listing shows its sub-categories too. */
  categorySlugs: string[]
  tagIds: string[]
  tagSlugs: string[]
  authorSlugs: string[]
  /** Topics that list it by hand or by one of its tags. */
  topicSlugs: string[]
  /** Photographers' keys (`/anh/<key>`). */
  credits: string[]
  /** Slugs of the articles that pick it as related (shown only while it is published). */
  pickedBy: string[]
}

/** Pages that list every newest article: home, the site feed, sitemaps (index, news, pages). */
const SITE_WIDE_LISTS = ['/', '/rss.xml']
const SITEMAPS = '/sitemap'

const uniq = (values: Iterable<string>): string[] => [...new Set(values)].filter(Boolean)

/**
 * An article was published, unpublished, edited while published, or deleted. `before` is the
 * article as it was public (null when it was not), `after` as it is now (null when not public).
 * Dropped: its own page and print view (old and new slug); every page that links to it (lists
 * where it was shown, "Đọc nhiều", other articles' related lists, feeds, sitemaps); every list it
 * may now enter or leave (home, site feed, sitemaps, its categories and their parents with their
 * feeds, tags, authors, topics, photographers, the document library, the articles that pick it
 * as related), all pages of each, since
 * one article more or less shifts every later page; and article pages whose related list draws
 * on one of its categories or tags, since a newly published article heads those lists.
 */
export function articleTarget(
  before: ArticleFacts | null,
  after: ArticleFacts | null,
): PageTarget | null {
  const sides = [before, after].filter((f): f is ArticleFacts => f !== null)
  if (sides.length === 0) return null
  const paths = new Set(SITE_WIDE_LISTS)
  const links = new Set<string>()
  const related = new Set<string>()
  let documents = false
  for (const facts of sides) {
    if (facts.slug) {
      paths.add(`/bai-viet/${facts.slug}`)
      paths.add(`/in/${facts.slug}`)
      links.add(`/bai-viet/${facts.slug}`)
    }
    for (const slug of facts.categorySlugs) {
      paths.add(`/chuyen-muc/${slug}`)
      paths.add(`/chuyen-muc/${slug}/rss.xml`)
    }
    for (const slug of facts.tagSlugs) paths.add(`/the/${slug}`)
    for (const slug of facts.authorSlugs) paths.add(`/tac-gia/${slug}`)
    for (const slug of facts.topicSlugs) paths.add(`/chuyen-de/${slug}`)
    for (const key of facts.credits) paths.add(`/anh/${key}`)
    for (const slug of facts.pickedBy) paths.add(`/bai-viet/${slug}`)
    for (const id of [...facts.categoryIds, ...facts.tagIds]) related.add(id)
    if (facts.kind === 'document') {
      paths.add('/van-ban')
      documents = true
    }
  }
  return {
    paths: uniq(paths),
    prefixes: [SITEMAPS],
    links: uniq(links),
    related: uniq(related),
    ...(documents ? { documents: true as const } : {}),
  }
}

/**
 * A work-schedule entry changed: only the schedule page (every week, print copies) and its
 * calendar feeds (`/lich-cong-tac.ics`, `/lich-cong-tac/<leader>.ics`) show it, and the general
 * sitemap dates the schedule page by its newest entry. Leaders are not
 * here: the standing pages' leader lists show them too, so a leader's change clears everything.
 */
export function scheduleTarget(): PageTarget {
  // The general sitemap gives the schedule's lastmod.
  return { prefixes: ['/lich-cong-tac'], paths: ['/sitemap-chung.xml'] }
}

/** A media document: every file name it is served under (original and sizes), and its credit. */
export interface MediaFacts {
  files: string[]
  creditKey: string | null
}

/**
 * A photo or file changed (caption, credit, alt text, focal point, replaced file) or was deleted:
 * every page that shows it carries one of its file names (pictures, `srcset`, social images,
 * document downloads), and a photographer's page lists it under the old and the new credit (and
 * the sitemaps list photographers). A new upload that nothing uses yet is on no page, so it drops
 * nothing.
 */
export function mediaTarget(before: MediaFacts | null, after: MediaFacts | null): PageTarget {
  const sides = [before, after].filter((f): f is MediaFacts => f !== null)
  // A changed credit can add or remove a photographer's page, which the sitemaps list.
  const credits = uniq(sides.flatMap((f) => (f.creditKey ? [f.creditKey] : [])))
  const creditChanged = (before?.creditKey ?? null) !== (after?.creditKey ?? null)
  return {
    files: uniq(sides.flatMap((f) => f.files)),
    paths: credits.map((key) => `/anh/${key}`),
    ...(creditChanged && credits.length > 0 ? { prefixes: [SITEMAPS] } : {}),
  }
}

/**
 * A tag or an author was edited. Its name shows, as a link to its page, on the articles that
 * carry it (tags list, byline, print view) and on its own page; the sitemap lists its page.
 * An author without a page (no slug) is named without a link, so those pages cannot be found
 * from the HTML: everything is cleared. Deletions clear everything too (articles still point at
 * the deleted record until their next save).
 */
export function taxonomyTarget(
  route: 'the' | 'tac-gia',
  beforeSlug: string | null | undefined,
  afterSlug: string | null | undefined,
): PageTarget {
  if (!beforeSlug || !afterSlug) return EVERYTHING
  const paths = uniq([`/${route}/${beforeSlug}`, `/${route}/${afterSlug}`])
  return { paths, links: paths, prefixes: [SITEMAPS] }
}

/** Several changes in one: `all` wins, the rest is the union. */
export function mergeTargets(targets: Array<PageTarget | null | undefined>): PageTarget | null {
  const present = targets.filter((t): t is PageTarget => Boolean(t))
  if (present.length === 0) return null
  if (present.some((t) => t.all)) return EVERYTHING
  const union = (key: 'paths' | 'prefixes' | 'links' | 'files' | 'related') =>
    uniq(present.flatMap((t) => t[key] ?? []))
  return {
    paths: union('paths'),
    prefixes: union('prefixes'),
    links: union('links'),
    files: union('files'),
    related: union('related'),
    ...(present.some((t) => t.documents) ? { documents: true as const } : {}),
  }
}

/**
 * A target read back from another process (the `content-changes` row). Anything that does not
 * have the expected shape, including rows written before targets existed, means everything.
 */
export function parseTarget(value: unknown): PageTarget {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return EVERYTHING
  const raw = value as Record<string, unknown>
  if (raw.all === true) return EVERYTHING
  const list = (key: string): string[] | null => {
    const v = raw[key]
    if (v === undefined) return []
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null
  }
  const keys = ['paths', 'prefixes', 'links', 'files', 'related'] as const
  const lists = keys.map(list)
  if (lists.some((l) => l === null)) return EVERYTHING
  const [paths, prefixes, links, files, related] = lists as string[][]
  return {
    paths,
    prefixes,
    links,
    files,
    related,
    ...(raw.documents === true ? { documents: true as const } : {}),
  }
}
