import { createHash } from 'node:crypto'

import type { ParsedArticle } from '@/import/parse/types'

/** Bump when the mapping to Payload changes, so the next run rewrites imported articles. */
const MAPPING_VERSION = 1

/**
 * Hash of everything the importer writes for one file. The parser's fingerprint covers only
 * title and body text (it identifies the story across copies); a corrected caption, date,
 * byline or picture must still count as a change of that file.
 */
export function importDigest(
  parsed: ParsedArticle,
  imageHashes: ReadonlyMap<number, string>,
  category: string | undefined,
): string {
  const payload = {
    v: MAPPING_VERSION,
    title: parsed.title,
    kind: parsed.kind,
    category: category ?? parsed.category ?? null,
    publishedAt: parsed.publishedAt ?? null,
    sapo: parsed.sapo ?? null,
    authors: parsed.authors,
    source: parsed.source ?? null,
    document: parsed.document ?? null,
    body: parsed.body,
    images: [...imageHashes.entries()].sort(([a], [b]) => a - b),
  }
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex')
}
