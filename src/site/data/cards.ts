import type { Where } from 'payload'

import type { Article } from '@/payload-types'

import { and, payloadClient, PUBLISHED } from './client'
import { listTotal } from './list-totals'

/** The fields a teaser needs; bodies stay out of list queries. */
export type CardArticle = Pick<
  Article,
  | 'id'
  | 'title'
  | 'slug'
  | 'sapo'
  | 'kind'
  | 'publishedAt'
  | 'coverImage'
  | 'categories'
  | 'document'
>

const CARD_SELECT = {
  title: true,
  slug: true,
  sapo: true,
  kind: true,
  publishedAt: true,
  coverImage: true,
  categories: true,
  document: { number: true, type: true, issuingBody: true, issuedAt: true },
} as const

export interface CardPage {
  docs: CardArticle[]
  page: number
  totalPages: number
  totalDocs: number
}

export interface ListOptions {
  where?: Where
  page?: number
  limit?: number
  sort?: string
  /**
   * Count the matches for page links (default). Lists without page links (home blocks, related,
   * feeds) pass false: the count is a second query over every match, which on a large archive
   * cost more than the list itself.
   */
  pagination?: boolean
}

export async function listCards({
  where,
  page = 1,
  limit = 10,
  sort = '-publishedAt',
  pagination = true,
}: ListOptions = {}): Promise<CardPage> {
  const payload = await payloadClient()
  const query = and(PUBLISHED, where)
  // The page itself never counts; the total comes from list-totals.ts, kept until content changes.
  const result = await payload.find({
    collection: 'articles',
    where: query,
    select: CARD_SELECT,
    depth: 1,
    page,
    limit,
    pagination: false,
    sort,
    overrideAccess: false,
  })
  const docs = result.docs as CardArticle[]
  if (!pagination) return { docs, page: result.page ?? page, totalPages: 1, totalDocs: docs.length }
  const totalDocs = await listTotal(JSON.stringify(query), async () => {
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: query,
      overrideAccess: false,
    })
    return totalDocs
  })
  return {
    docs,
    page: result.page ?? page,
    totalPages: Math.ceil(totalDocs / limit),
    totalDocs,
  }
}

export const notIn = (ids: string[]): Where | null => (ids.length ? { id: { not_in: ids } } : null)

/** Page numbers from `?trang=`: anything odd becomes page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : 1
}
