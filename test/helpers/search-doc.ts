import type { SearchDocument } from '@/search/types'

/** A minimal indexable article: a news item in no category, the rest as given. */
export function searchDoc(id: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    slug: id,
    url: `/bai-viet/${id}`,
    title: `Tin ${id}`,
    sapo: '',
    body: '',
    captions: [],
    credits: [],
    authors: [],
    kind: 'news',
    categories: [],
    tags: [],
    publishedAt: '2024-05-01T00:00:00.000Z',
    ...fields,
  }
}
