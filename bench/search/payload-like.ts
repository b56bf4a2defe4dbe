import type { Payload } from 'payload'

import type { SearchDocument } from '@/search/types'

/**
 * The stock CMS way: Payload's own `like` operator on title and sapo (Payload cannot run `like`
 * over the Lexical body JSON). Rows go in through the database adapter to keep the set-up short;
 * the measured query is an ordinary Local API find.
 */
export async function payloadLike(payload: Payload) {
  return {
    async insert(docs: SearchDocument[]) {
      // One transaction per batch, as a bulk import would do.
      const transactionID = (await payload.db.beginTransaction()) ?? undefined
      for (const d of docs) {
        await payload.db.create({
          collection: 'articles',
          data: {
            title: d.title,
            sapo: d.sapo,
            slug: d.slug,
            kind: d.kind,
            publishedAt: d.publishedAt,
            _status: 'published',
          },
          req: { transactionID },
        })
      }
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    },
    search: (q: string) =>
      payload.find({
        collection: 'articles',
        where: { or: [{ title: { like: q } }, { sapo: { like: q } }] },
        limit: 10,
        depth: 0,
        sort: '-publishedAt',
        overrideAccess: false,
      }),
  }
}
