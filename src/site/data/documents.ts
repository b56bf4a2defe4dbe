import type { Where } from 'payload'

import { documentsVersion } from '@/site/cache/apply-target'
import { memoByVersion } from '@/site/cache/memo'
import { isDocumentType } from '@/site/documents'
import { startOfDayVi, yearVi } from '@/site/format/date'
import { DOCUMENT_PARAMS, param } from '@/site/page-params'

import { type CardPage, listCards, pageParam } from './cards'
import { and, payloadClient, PUBLISHED } from './client'

export interface DocumentFilters {
  type: string
  issuingBody: string
  year: number | null
  page: number
}

/** Reads `?loai=&co-quan=&nam=&trang=`; unknown values are ignored rather than failing. */
export function parseDocumentFilters(
  params: Record<string, string | string[] | undefined>,
): DocumentFilters {
  const get = (name: (typeof DOCUMENT_PARAMS)[number]) =>
    param(params, DOCUMENT_PARAMS, name).trim()
  const type = get('loai')
  const year = Number(get('nam'))
  return {
    type: isDocumentType(type) ? type : '',
    issuingBody: get('co-quan').slice(0, 200),
    year: Number.isInteger(year) && year > 1900 && year < 2200 ? year : null,
    // The same bound as every other listing: a huge page number must not reach the database.
    page: pageParam(get('trang')),
  }
}

export function documentWhere(filters: DocumentFilters): Where {
  const parts: Where[] = [{ kind: { equals: 'document' } }]
  if (filters.type) parts.push({ 'document.type': { equals: filters.type } })
  if (filters.issuingBody) parts.push({ 'document.issuingBody': { equals: filters.issuingBody } })
  if (filters.year) {
    const from = startOfDayVi(`${filters.year}-01-01`)
    const to = startOfDayVi(`${filters.year + 1}-01-01`)
    if (from && to)
      parts.push({
        'document.issuedAt': {
          greater_than_equal: from.toISOString(),
          less_than: to.toISOString(),
        },
      })
  }
  return and(...parts)
}

export function listDocuments(filters: DocumentFilters): Promise<CardPage> {
  return listCards({
    where: documentWhere(filters),
    page: filters.page,
    limit: 20,
    sort: '-document.issuedAt',
  })
}

/** Choices for the filter form, taken from the documents actually published. */
export function documentFacets(): Promise<{ issuingBodies: string[]; years: number[] }> {
  return memoByVersion(
    'document-facets',
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'articles',
        where: and(PUBLISHED, { kind: { equals: 'document' } }),
        select: { document: { issuingBody: true, issuedAt: true } },
        depth: 0,
        limit: 5000,
        pagination: false,
        overrideAccess: false,
      })
      const bodies = new Set<string>()
      const years = new Set<number>()
      for (const doc of docs) {
        if (doc.document?.issuingBody) bodies.add(doc.document.issuingBody)
        const year = doc.document?.issuedAt ? yearVi(doc.document.issuedAt) : null
        if (year) years.add(year)
      }
      return {
        issuingBodies: [...bodies].sort((a, b) => a.localeCompare(b, 'vi')),
        years: [...years].sort((a, b) => b - a),
      }
      // Publishing a document changes these without clearing every cache (site/cache/targets.ts).
    },
    documentsVersion,
  )
}
