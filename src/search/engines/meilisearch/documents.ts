// Document shape and index settings of the Meilisearch engine. Settings choices read against
// Meilisearch 1.18's search specification (see README, Search → Meilisearch):
// - `id` is displayed: the exact/plain merge and the hit ids need it (a hidden primary key comes
//   back undefined and made every plain hit look like a duplicate of the first exact one);
// - no typo below 8 letters and no prefix search: a Vietnamese syllable has at most 7 letters, and
//   folded syllables one edit or one prefix apart are different words (tuong/truong/thong), which
//   the embedded engine never matches either; long loanwords and names keep typo tolerance;
// - every searchable text has a fold-proof exact copy (captions, credits, signers included), so
//   the exact-spelling query can search the exact fields only;
// - names (credits, bylines, signers, issuing bodies, interview speakers, document numbers) are a
//   field of their own right after the title: a query that is a name matches there with its words
//   together, so proximity and attribute rank the credited article above one holding the words;
// - recency is the last ranking rule: it only orders what every other rule leaves tied.
import { createHash } from 'node:crypto'

import type { Settings } from 'meilisearch'

import { vietnamYear } from '@/lib/vietnam-time'
import { authorKey, extraText, namedEntities } from '@/search/engines/document-text'
import type { SearchDocument, SearchKind } from '@/search/types'
import { ABBREVIATIONS } from '@/search/vietnamese/data/abbreviations'
import { docNumberKey } from '@/search/vietnamese/docnum'
import type { SearchSettings } from '@/search/vietnamese/types'

import { encodeFoldProof } from './fold-proof'

export interface MeiliDocument {
  /** Meilisearch only accepts [A-Za-z0-9_-] ids; see meiliId. */
  id: string
  sourceId: string
  /** The article's updatedAt, for reconciliation (listIndexed); null when unknown. */
  updatedAt: string | null
  slug: string
  url: string
  title: string
  titleExact: string
  sapo: string
  sapoExact: string
  body: string
  bodyExact: string
  extra: string
  extraExact: string
  /** Whole names, one per line (see document-text.ts namedEntities), and the document number. */
  names: string
  namesExact: string
  kind: SearchKind
  categories: string[]
  tags: string[]
  authors: string[]
  authorsKey: string[]
  publishedAt: string
  publishedAtTs: number
  year: number
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,400}$/
/** Highlight and crop markers (query.ts); removed from indexed text so they only come from Meilisearch. */
const MARKERS = /[\u0001-\u0003]/g

/**
 * Ids that Meilisearch would reject are hex-encoded behind a prefix a safe id cannot carry; ids
 * too long for that (Meilisearch takes at most 511 bytes, and the change log adds a prefix) are
 * replaced by their SHA-256 (`sourceId` keeps the CMS id either way).
 */
export function meiliId(id: string): string {
  if (SAFE_ID.test(id) && !id.startsWith('hx-') && !id.startsWith('hs-')) return id
  const hex = Buffer.from(id).toString('hex')
  return hex.length <= 400 ? `hx-${hex}` : `hs-${createHash('sha256').update(id).digest('hex')}`
}

const clean = (s: string): string => s.replace(MARKERS, ' ')

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const ts = Date.parse(doc.publishedAt)
  const publishedAtTs = Number.isNaN(ts) ? 0 : ts
  const key = doc.docNumber ? docNumberKey(doc.docNumber) : ''
  const extraSource = clean(extraText(doc))
  return {
    id: meiliId(doc.id),
    sourceId: doc.id,
    updatedAt: doc.updatedAt ?? null,
    slug: doc.slug,
    url: doc.url,
    title: clean(doc.title),
    titleExact: encodeFoldProof(doc.title),
    sapo: clean(doc.sapo),
    sapoExact: encodeFoldProof(doc.sapo),
    body: clean(doc.body),
    bodyExact: encodeFoldProof(doc.body),
    // The joined key makes `12-NQ/ĐUK` findable as one token, like the SQLite engine.
    extra: [extraSource, key].filter(Boolean).join('\n'),
    extraExact: encodeFoldProof(extraSource),
    names: clean([...namedEntities(doc), doc.docNumber ?? '', key].filter(Boolean).join('\n')),
    namesExact: encodeFoldProof(clean(namedEntities(doc).join('\n'))),
    kind: doc.kind,
    categories: doc.categories,
    tags: doc.tags,
    authors: doc.authors,
    authorsKey: doc.authors.map(authorKey),
    publishedAt: doc.publishedAt,
    publishedAtTs,
    year: vietnamYear(publishedAtTs),
  }
}

export const EXACT_ATTRIBUTES = ['titleExact', 'namesExact', 'sapoExact', 'bodyExact', 'extraExact']
/**
 * What the plain query searches. Without this restriction telex typed raw ("chuyeenr ddooir")
 * would match the exact copies directly and never be decoded and ranked as Vietnamese.
 */
export const PLAIN_ATTRIBUTES = ['title', 'names', 'sapo', 'body', 'extra']

/** Shortest word that may carry one typo: longer than any Vietnamese syllable (7 letters). */
export const MIN_WORD_FOR_ONE_TYPO = 8
/** Meilisearch counts at most this many hits; a total that reaches it is a lower bound. */
export const MAX_TOTAL_HITS = 5000

/** Every member of each equivalence group maps to all the others, as Meilisearch expects. */
export function buildSynonyms(extra: SearchSettings['synonyms'] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const group of [...ABBREVIATIONS, ...extra]) {
    const members = group.map((m) => m.trim().toLowerCase()).filter(Boolean)
    for (const m of members) {
      const others = members.filter((o) => o !== m)
      out[m] = [...new Set([...(out[m] ?? []), ...others])]
    }
  }
  return out
}

/**
 * Index settings. `synonyms` null leaves the index's synonyms untouched (Meilisearch's PATCH only
 * changes the keys it is given): used when the editors' settings are not known to this process.
 */
export function indexSettings(synonyms: Record<string, string[]> | null): Settings {
  return {
    searchableAttributes: [
      'title',
      'titleExact',
      'names',
      'namesExact',
      'sapo',
      'sapoExact',
      'body',
      'bodyExact',
      'extra',
      'extraExact',
    ],
    displayedAttributes: [
      'id',
      'sourceId',
      'updatedAt',
      'slug',
      'url',
      'title',
      'sapo',
      'body',
      'extra',
      'kind',
      'publishedAt',
    ],
    filterableAttributes: [
      'id',
      'sourceId',
      'kind',
      'categories',
      'tags',
      'authors',
      'authorsKey',
      'publishedAtTs',
      'year',
    ],
    sortableAttributes: ['publishedAtTs', 'sourceId'],
    // 'sort' right after 'words': date sorting wins over everything but matching all words.
    // Recency last: newer first only among articles every other rule ranks alike.
    rankingRules: [
      'words',
      'sort',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      'publishedAtTs:desc',
    ],
    ...(synonyms ? { synonyms } : {}),
    prefixSearch: 'disabled',
    typoTolerance: {
      enabled: true,
      // Telex codes one typo apart are different words (toor/tooj), never typos of each other.
      disableOnAttributes: EXACT_ATTRIBUTES,
      disableOnNumbers: true,
      minWordSizeForTypos: { oneTypo: MIN_WORD_FOR_ONE_TYPO, twoTypos: 12 },
    },
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  }
}
