/**
 * The generated articles of the load benchmark: text from the search benchmark's deterministic
 * corpus (bench/search/corpus.ts), turned into what `payload.create` takes, spread over the demo
 * categories and authors, a third of them with a cover photo so pages carry real images.
 */
import { lexicalDocument, paragraph } from '@/lib/lexical/build'

import { makeCorpus } from '../search/corpus'

export interface Refs {
  categories: string[]
  authors: string[]
  photos: string[]
}

export const LOAD_SEED = 14

export type LoadArticle = ReturnType<ReturnType<typeof loadArticles>['article']>

export function loadArticles(refs: Refs, seed = LOAD_SEED) {
  const corpus = makeCorpus(seed)
  const pick = (list: string[], i: number) => list[i % list.length]
  return {
    article(i: number) {
      const doc = corpus.article(i)
      const category = pick(refs.categories, i * 7 + 3)
      const author = pick(refs.authors, i * 5 + 1)
      const cover = i % 3 === 0 ? pick(refs.photos, i) : undefined
      return {
        title: doc.title.slice(0, 280),
        slug: `tai-${i}`,
        sapo: doc.sapo,
        body: lexicalDocument(doc.body.split('\n').map((p) => paragraph(p))),
        kind: doc.kind,
        categories: category ? [category] : [],
        authors: author ? [author] : [],
        ...(cover ? { coverImage: cover } : {}),
        publishedAt: doc.publishedAt,
        _status: 'published' as const,
        // Live articles are in the published stage: without it the approver's re-publish is a
        // move from `writing`, which the stage rules refuse (403).
        stage: 'published' as const,
      }
    },
    queries: (count: number) => corpus.queries(count),
  }
}
