import type { Payload } from 'payload'

export interface ExistingImport {
  id: string
  sourcePath: string
  fingerprint?: string | null
  digest?: string | null
  publishedAt?: string | null
}

async function findOne(
  payload: Payload,
  where: Parameters<Payload['find']>[0]['where'],
): Promise<ExistingImport | undefined> {
  const { docs } = await payload.find({
    collection: 'articles',
    where,
    limit: 1,
    depth: 0,
    select: { import: true, publishedAt: true },
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc) return undefined
  return {
    id: doc.id,
    sourcePath: doc.import?.sourcePath ?? '',
    fingerprint: doc.import?.fingerprint,
    digest: doc.import?.digest,
    publishedAt: doc.publishedAt,
  }
}

/** The article imported earlier from this very file. */
export function findBySource(
  payload: Payload,
  sourcePath: string,
): Promise<ExistingImport | undefined> {
  return findOne(payload, { 'import.sourcePath': { equals: sourcePath } })
}

/** An article imported from another file with the same story (title + body). */
export function findDuplicate(
  payload: Payload,
  fingerprint: string,
  sourcePath: string,
): Promise<ExistingImport | undefined> {
  return findOne(payload, {
    and: [
      { 'import.fingerprint': { equals: fingerprint } },
      { 'import.sourcePath': { not_equals: sourcePath } },
    ],
  })
}
