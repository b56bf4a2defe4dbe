/**
 * `cms merge-authors` for royalty lines: every line paying `from` (on the stored article and on
 * every saved version) pays `into`, rewritten in place through the database adapter like the
 * merge's other fields, so no version is created and no draft published.
 */
import type { Payload, PayloadRequest } from 'payload'

import { idOf, linesOf } from './lines'

const repoint = (lines: unknown, from: string, into: string) =>
  linesOf(lines).map((line) => ({
    ...line,
    person: idOf(line.person) === from ? into : idOf(line.person),
  }))

export async function reassignRoyaltyPayee(
  payload: Payload,
  req: PayloadRequest,
  from: string,
  into: string,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { 'royalties.person': { equals: from } },
    select: { royalties: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs)
    await payload.db.updateOne({
      collection: 'articles',
      id: doc.id,
      data: { royalties: repoint(doc.royalties, from, into) },
      req,
    })
  const versions = await payload.db.findVersions({
    collection: 'articles',
    where: { 'version.royalties.person': { equals: from } },
    limit: 0,
    pagination: false,
    req,
  })
  for (const version of versions.docs) {
    const data = version.version as Record<string, unknown>
    await payload.db.updateVersion({
      collection: 'articles',
      id: version.id,
      versionData: {
        ...version,
        version: { ...data, royalties: repoint(data.royalties, from, into) },
      },
      req,
    })
  }
}
