/**
 * Seeded data for the royalty integration tests, with every figure the report must produce worked
 * out by hand in royalty-report.test.ts. Made through the Local API as trusted code (like the
 * seed), except where a test drives the editorial flow over HTTP itself.
 */
import type { Payload } from 'payload'

import { block, lexicalDocument } from '@/lib/lexical/build'
import type { Article, Author } from '@/payload-types'
import { demoPhoto } from '@/seed/images'

export async function author(payload: Payload, name: string, unit?: string): Promise<Author> {
  return payload.create({
    collection: 'authors',
    data: { name, unit },
    overrideAccess: true,
  })
}

export async function photo(payload: Payload, credit: string) {
  return payload.create({
    collection: 'media',
    data: { alt: 'Ảnh hội nghị', credit },
    file: { data: await demoPhoto(1), mimetype: 'image/jpeg', name: 'a.jpg', size: 1 },
    overrideAccess: true,
  })
}

/** A body showing each photo once in a photo block. */
export const bodyWith = (mediaIds: string[]) =>
  lexicalDocument(mediaIds.map((media) => block('photo', { media })))

type Line = NonNullable<Article['royalties']>[number]

/** A published article with royalty lines and a given publication instant (UTC ISO). */
export async function publishedWith(
  payload: Payload,
  title: string,
  kind: Article['kind'],
  publishedAt: string,
  royalties: Omit<Line, 'id'>[],
): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: { title, kind, publishedAt, royalties, _status: 'published' },
    overrideAccess: true,
  })
}
