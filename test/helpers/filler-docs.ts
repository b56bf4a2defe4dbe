import type { SearchDocument } from '@/search/types'

import { searchDoc } from './search-doc'

/**
 * An article whose body holds `word` once, then `filler` copies of a neutral word: the longer
 * the filler, the lower the word's bm25 share (g). The impact-path tests build their lists with
 * these (test/int/search/impact-*.test.ts).
 */
export function fillerDoc(
  id: string,
  word: string,
  filler: number,
  publishedAt: number,
): SearchDocument {
  return searchDoc(id, {
    title: `Tin ${id}`,
    body: `${word} ${'lam '.repeat(filler)}`,
    publishedAt: new Date(publishedAt).toISOString(),
  })
}
