/**
 * An article page's "Tin liên quan" shows the newest articles sharing one of its categories or
 * tags, so publishing any article there changes it. The page notes those ids here while it
 * renders; the page cache (src/server/page-cache.ts) takes them when it stores the page, to drop
 * it when such an article changes (src/site/cache/targets.ts). On globalThis because pages run
 * in Next's bundle and the cache in the server's module graph. A page stored without a note is
 * treated as depending on every category and tag.
 */
const KEY = Symbol.for('portal.site.relatedSources')
/** Notes whose page was never stored (an error, a preview) are dropped past this many. */
const MAX_NOTES = 5_000

type Holder = { [KEY]?: Map<string, string[]> }

function notes(): Map<string, string[]> {
  const holder = globalThis as Holder
  holder[KEY] ??= new Map()
  return holder[KEY]
}

export function noteRelatedSources(slug: string, ids: string[]): void {
  const map = notes()
  if (map.size >= MAX_NOTES) map.clear()
  map.set(slug, ids)
}

/** The ids noted for the article at `slug`, once; undefined when none was noted. */
export function takeRelatedSources(slug: string): string[] | undefined {
  const map = notes()
  const ids = map.get(slug)
  map.delete(slug)
  return ids
}
