import type { Payload } from 'payload'

import {
  block,
  bulletList,
  heading,
  lexicalDocument,
  type LexicalNode,
  paragraph,
} from '@/lib/lexical/build'

import { DEMO_ARTICLES } from './content'
import type { Taxonomy } from './seed-taxonomy'
import type { DemoBodyPart } from './types'

const DAY = 24 * 60 * 60 * 1000

function bodyNode(part: DemoBodyPart, photos: Taxonomy['photos']): LexicalNode {
  if (typeof part === 'string') return paragraph(part)
  if ('h2' in part) return heading(part.h2)
  if ('list' in part) return bulletList(part.list)
  if ('interview' in part) return block('interview', { turns: part.interview })
  return block('photo', {
    media: photos[part.photo]?.id,
    caption: part.caption,
    credit: part.credit,
    size: 'article',
  })
}

export async function seedArticles(payload: Payload, taxonomy: Taxonomy): Promise<number> {
  const tagIds = new Map<string, string>()
  const now = Date.now()
  for (const article of DEMO_ARTICLES) {
    for (const tag of article.tags) {
      if (!tagIds.has(tag)) {
        const created = await payload.create({
          collection: 'tags',
          data: { name: tag },
          overrideAccess: true,
        })
        tagIds.set(tag, created.id)
      }
    }
    await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        title: article.title,
        sapo: article.sapo,
        kind: article.kind,
        featured: article.featured ?? false,
        source: article.source,
        publishedAt: new Date(now - article.daysAgo * DAY - 3 * 60 * 60 * 1000).toISOString(),
        categories: [taxonomy.categories.get(article.category)].filter((id): id is string =>
          Boolean(id),
        ),
        tags: article.tags.map((t) => tagIds.get(t)).filter((id): id is string => Boolean(id)),
        authors: article.authors
          .map((a) => taxonomy.authors.get(a))
          .filter((id): id is string => Boolean(id)),
        coverImage: taxonomy.photos[article.cover]?.id,
        body: lexicalDocument(article.body.map((part) => bodyNode(part, taxonomy.photos))),
        document: article.document
          ? {
              ...article.document,
              issuedAt: new Date(now - article.daysAgo * DAY).toISOString(),
              effectiveAt: new Date(now - article.daysAgo * DAY).toISOString(),
              recipients: article.document.recipients.map((name) => ({ name })),
            }
          : undefined,
        _status: 'published',
      },
    })
  }
  return DEMO_ARTICLES.length
}
