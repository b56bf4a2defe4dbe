import type { Metadata } from 'next'

import { FilterSelect } from '@/components/forms/FilterSelect'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { DocumentList } from '@/components/lists/DocumentList'
import { Pagination } from '@/components/lists/Pagination'
import {
  documentFacets,
  type DocumentFilters,
  listDocuments,
  parseDocumentFilters,
} from '@/site/data/documents'
import { DOCUMENT_TYPES } from '@/site/documents'
import { absoluteUrl } from '@/site/env'
import { urls } from '@/site/urls'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const metadata: Metadata = {
  title: 'Thư viện văn bản',
  description: 'Nghị quyết, kết luận, chỉ thị, kế hoạch và các văn bản khác đã ban hành.',
  alternates: { canonical: absoluteUrl(urls.documents()) },
}

function pageHref(f: DocumentFilters, page: number): string {
  const params = new URLSearchParams()
  if (f.type) params.set('loai', f.type)
  if (f.issuingBody) params.set('co-quan', f.issuingBody)
  if (f.year) params.set('nam', String(f.year))
  if (page > 1) params.set('trang', String(page))
  const query = params.toString()
  return query ? `${urls.documents()}?${query}` : urls.documents()
}

export default async function DocumentsPage({ searchParams }: Props) {
  const filters = parseDocumentFilters(await searchParams)
  const [result, facets] = await Promise.all([listDocuments(filters), documentFacets()])
  return (
    <div className="wrap">
      <Breadcrumbs
        items={[{ label: 'Trang chủ', href: urls.home() }, { label: 'Thư viện văn bản' }]}
      />
      <h1 className="page-title">Thư viện văn bản</h1>
      <form className="filters" method="get" action={urls.documents()} aria-label="Lọc văn bản">
        <FilterSelect
          name="loai"
          label="Loại văn bản"
          value={filters.type}
          options={DOCUMENT_TYPES}
        />
        <FilterSelect
          name="co-quan"
          label="Cơ quan ban hành"
          value={filters.issuingBody}
          options={facets.issuingBodies.map((body) => ({ value: body, label: body }))}
        />
        <FilterSelect
          name="nam"
          label="Năm ban hành"
          value={filters.year ? String(filters.year) : ''}
          options={facets.years.map((year) => ({ value: String(year), label: String(year) }))}
        />
        <div>
          <button type="submit">Lọc văn bản</button>
        </div>
      </form>
      <p className="search-summary" role="status">
        Có {result.totalDocs} văn bản
        {filters.type || filters.issuingBody || filters.year ? ' phù hợp' : ''}.
      </p>
      {result.docs.length > 0 ? (
        <DocumentList articles={result.docs} />
      ) : (
        <p className="empty-state">
          Không có văn bản phù hợp. <a href={urls.documents()}>Xem tất cả văn bản</a>
        </p>
      )}
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        href={(p) => pageHref(filters, p)}
      />
    </div>
  )
}
