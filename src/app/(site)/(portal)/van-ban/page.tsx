import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { DocumentList } from '@/components/lists/DocumentList'
import { Pagination } from '@/components/lists/Pagination'
import {
  documentFacets,
  listDocuments,
  parseDocumentFilters,
  type DocumentFilters,
} from '@/lib/site/data/documents'
import { DOCUMENT_TYPES } from '@/lib/site/documents'
import { absoluteUrl } from '@/lib/site/env'
import { urls } from '@/lib/site/urls'

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
        <div>
          <label htmlFor="loai">Loại văn bản</label>
          <select id="loai" name="loai" defaultValue={filters.type}>
            <option value="">Tất cả</option>
            {DOCUMENT_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="co-quan">Cơ quan ban hành</label>
          <select id="co-quan" name="co-quan" defaultValue={filters.issuingBody}>
            <option value="">Tất cả</option>
            {facets.issuingBodies.map((body) => (
              <option key={body} value={body}>
                {body}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="nam">Năm ban hành</label>
          <select id="nam" name="nam" defaultValue={filters.year ? String(filters.year) : ''}>
            <option value="">Tất cả</option>
            {facets.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
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
