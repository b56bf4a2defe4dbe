// Document shape and index settings of the Meilisearch engine.
import type { Settings } from 'meilisearch'

import { vietnamYear } from '@/lib/vietnam-time'
import { authorKey, extraText } from '@/search/engines/document-text'
import type { SearchDocument, SearchKind } from '@/search/types'
import { ABBREVIATIONS } from '@/search/vietnamese/data/abbreviations'
import { docNumberKey } from '@/search/vietnamese/docnum'
import type { SearchSettings } from '@/search/vietnamese/types'

import { encodeFoldProof } from './fold-proof'

export interface MeiliDocument {
  /** Meilisearch only accepts [A-Za-z0-9_-] ids; see meiliId. */
  id: string
  sourceId: string
  slug: string
  url: string
  title: string
  titleExact: string
  sapo: string
  sapoExact: string
  body: string
  bodyExact: string
  extra: string
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

/** Ids that Meilisearch would reject are hex-encoded behind a prefix a safe id cannot carry. */
export function meiliId(id: string): string {
  return SAFE_ID.test(id) && !id.startsWith('hx-') ? id : `hx-${Buffer.from(id).toString('hex')}`
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const ts = Date.parse(doc.publishedAt)
  const publishedAtTs = Number.isNaN(ts) ? 0 : ts
  const key = doc.docNumber ? docNumberKey(doc.docNumber) : ''
  return {
    id: meiliId(doc.id),
    sourceId: doc.id,
    slug: doc.slug,
    url: doc.url,
    title: doc.title,
    titleExact: encodeFoldProof(doc.title),
    sapo: doc.sapo,
    sapoExact: encodeFoldProof(doc.sapo),
    body: doc.body,
    bodyExact: encodeFoldProof(doc.body),
    // The joined key makes `12-NQ/ĐUK` findable as one token, like the SQLite engine.
    extra: [extraText(doc), key].filter(Boolean).join('\n'),
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

export const EXACT_ATTRIBUTES = ['titleExact', 'sapoExact', 'bodyExact']

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

export function indexSettings(settings: Partial<SearchSettings>): Settings {
  return {
    searchableAttributes: [
      'title',
      'titleExact',
      'sapo',
      'sapoExact',
      'body',
      'bodyExact',
      'extra',
    ],
    displayedAttributes: [
      'sourceId',
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
      'kind',
      'categories',
      'tags',
      'authors',
      'authorsKey',
      'publishedAtTs',
      'year',
    ],
    sortableAttributes: ['publishedAtTs'],
    // 'sort' right after 'words': date sorting wins over everything but matching all words.
    rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: buildSynonyms(settings.synonyms),
    typoTolerance: {
      enabled: true,
      // Telex codes one typo apart are different words (toor/tooj), never typos of each other.
      disableOnAttributes: EXACT_ATTRIBUTES,
      disableOnNumbers: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    },
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 5000 },
  }
}
