/**
 * The fixtures mixed into a generated corpus the way `cms reindex` writes an archive: oldest
 * first, so each fixture gets the rowid its publication date earns among the distractors (the
 * large-index ranking paths read rowid order as publication order).
 */
import type { SearchDocument } from '@/search/types'

import { makeDistractors } from './generate'
import { namesIn } from './people'
import type { ReservedAnswers } from './reserved'

export interface MixOptions {
  /** Generated articles (the fixtures come on top). */
  size: number
  seed?: number
  batch?: number
  /** More names or bodies that must keep their single right answer. */
  exclude?: readonly string[]
  /** Numbers, title subjects and sentences left to the fixtures (reserved.ts). */
  reserved?: ReservedAnswers
}

/** The fixtures' people and the extra exclusions: see people.ts. */
export function exclusions(fixtures: readonly SearchDocument[], extra: readonly string[] = []) {
  return [...namesIn(fixtures), ...extra]
}

export async function* mixed(
  fixtures: readonly SearchDocument[],
  o: MixOptions,
): AsyncGenerator<SearchDocument[]> {
  const { article } = makeDistractors({
    seed: o.seed ?? 42,
    count: o.size,
    exclude: exclusions(fixtures, o.exclude),
    ...(o.reserved ? { reserved: o.reserved } : {}),
  })
  const pending = [...fixtures].sort(
    (a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt),
  )
  const size = o.batch ?? 1000
  for (let i = 0; i < o.size; i += size) {
    const batch: SearchDocument[] = []
    for (let k = i; k < Math.min(o.size, i + size); k++) {
      const a = article(k)
      while (pending[0] && Date.parse(pending[0].publishedAt) <= Date.parse(a.publishedAt)) {
        batch.push(pending.shift() as SearchDocument)
      }
      batch.push(a)
    }
    yield batch
  }
  if (pending.length > 0) yield pending
}
