import type { Payload, Where } from 'payload'

const SIZES = ['thumbnail', 'card', 'article', 'full', 'og'] as const
const CACHE_LIMIT = 5000

/**
 * Does a media record name this file (as its original or one of its sizes)? Payload writes an
 * upload's files before its record commits, so a crash or a failed save can leave a file, even
 * half a file, that no record names; such a file must never be served. Names found are kept
 * in a small cache (a record's file names never change; a deleted record's files are removed
 * by Payload, so a stale entry answers 404 from the disk anyway).
 */
export function knownMediaFile(payload: Payload): (name: string) => Promise<boolean> {
  const known = new Set<string>()
  return async (name) => {
    if (known.has(name)) return true
    const where: Where = {
      or: [
        { filename: { equals: name } },
        ...SIZES.map((size) => ({ [`sizes.${size}.filename`]: { equals: name } })),
      ],
    }
    const { totalDocs } = await payload.count({ collection: 'media', where, overrideAccess: true })
    if (totalDocs === 0) return false
    if (known.size >= CACHE_LIMIT) known.clear()
    known.add(name)
    return true
  }
}
