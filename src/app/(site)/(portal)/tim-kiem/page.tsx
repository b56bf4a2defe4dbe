import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Pagination } from '@/components/lists/Pagination'
import { SearchFacets } from '@/components/search/SearchFacets'
import { SearchFormFull } from '@/components/search/SearchFormFull'
import { SearchHits } from '@/components/search/SearchHits'
import { relaxedNotice } from '@/search/query/relax'
import { runSearch } from '@/site/data/search'
import { getCategories } from '@/site/data/site'
import { absoluteUrl } from '@/site/env'
import { readSearchForm, searchHref } from '@/site/search-params'
import { urls } from '@/site/urls'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readSearchForm(await searchParams)
  // Result pages all point at the bare search page, so they never compete with articles.
  return {
    title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm',
    alternates: { canonical: absoluteUrl(urls.search()) },
  }
}

// Most searches take a few milliseconds, which would read "0 giây".
const seconds = (ms: number) =>
  ms < 10 ? 'dưới 0,01' : (ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 })

export default async function SearchPage({ searchParams }: Props) {
  const form = readSearchForm(await searchParams)
  const [outcome, categories] = await Promise.all([runSearch(form), getCategories()])
  const result = outcome.kind === 'ok' ? outcome.result : null
  return (
    <div className="wrap">
      <Breadcrumbs items={[{ label: 'Trang chủ', href: urls.home() }, { label: 'Tìm kiếm' }]} />
      <h1 className="page-title">Tìm kiếm</h1>
      <SearchFormFull form={form} categories={categories} />
      {outcome.kind === 'error' ? (
        <p className="empty-state" role="alert">
          {outcome.message}
        </p>
      ) : null}
      {result ? (
        <div className="layout-2col">
          <div>
            <p className="search-summary" role="status">
              {result.total > 0
                ? `Tìm thấy ${result.totalIsLowerBound ? 'hơn ' : result.totalApproximate ? 'khoảng ' : ''}${result.total.toLocaleString('vi-VN')} kết quả cho «${result.query}» (${seconds(result.tookMs)} giây).`
                : `Không tìm thấy kết quả nào cho «${form.q}».`}
            </p>
            {result.decodedFrom ? (
              <p>
                Đã hiểu từ khóa «{form.q}» (kiểu gõ{' '}
                {result.decodedFrom === 'telex' ? 'Telex' : 'VNI'}) thành «{result.query}».
              </p>
            ) : null}
            {result.unusedWords && result.unusedWords.length > 0 ? (
              <p className="search-relaxed">{relaxedNotice(result.query, result.unusedWords)}</p>
            ) : null}
            {result.didYouMean ? (
              <p className="did-you-mean">
                Có phải bạn muốn tìm:{' '}
                <a href={searchHref(form, { q: result.didYouMean })}>{result.didYouMean}</a>
              </p>
            ) : null}
            {result.hits.length > 0 ? (
              <SearchHits hits={result.hits} />
            ) : (
              <div className="empty-state">
                <p>Gợi ý:</p>
                <ul>
                  <li>Kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ: «chuyen doi so»).</li>
                  <li>Dùng ít từ hơn hoặc từ khóa chung hơn.</li>
                  <li>Bỏ bớt bộ lọc chuyên mục, thể loại hoặc khoảng thời gian.</li>
                  <li>
                    Tìm văn bản theo số ký hiệu (ví dụ: «12-NQ/ĐUK») hoặc xem{' '}
                    <a href={urls.documents()}>thư viện văn bản</a>.
                  </li>
                </ul>
              </div>
            )}
            <Pagination
              page={result.page}
              totalPages={Math.ceil(result.total / Math.max(1, result.limit))}
              href={(page) => searchHref(form, { page })}
            />
          </div>
          <SearchFacets form={form} facets={result.facets} categories={categories} />
        </div>
      ) : null}
      {outcome.kind === 'idle' ? (
        <p className="lede">Nhập từ khóa để tìm bài viết, phỏng vấn, văn bản và phóng sự ảnh.</p>
      ) : null}
    </div>
  )
}
