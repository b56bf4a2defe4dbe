import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Pagination } from '@/components/lists/Pagination'
import { Picture } from '@/components/media/Picture'
import { pageParam } from '@/site/data/cards'
import { creditPage } from '@/site/data/credits'
import { absoluteUrl } from '@/site/env'
import { LISTING_PARAMS, param } from '@/site/page-params'
import { urls } from '@/site/urls'

interface Props {
  params: Promise<{ credit: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load({ params, searchParams }: Props) {
  // Keys are plain slugs; anything else (Next answers malformed escapes with 400 itself) is
  // an unknown photographer, refused by creditPage before any query.
  const key = (await params).credit
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  return { key, page, data: await creditPage(key, page) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { key, page, data } = await load(props)
  if (!data) return { title: 'Không tìm thấy tác giả ảnh' }
  return {
    title: page > 1 ? `Ảnh của ${data.name} – Trang ${page}` : `Ảnh của ${data.name}`,
    alternates: { canonical: absoluteUrl(urls.credit(key, page)) },
  }
}

/** A photographer's published photos, by article (newest first), paged. */
export default async function CreditPage(props: Props) {
  const { key, data } = await load(props)
  if (!data) notFound()
  const { name } = data
  return (
    <div className="wrap">
      <Breadcrumbs items={[{ label: 'Trang chủ', href: urls.home() }, { label: `Ảnh: ${name}` }]} />
      <h1 className="page-title">Ảnh của tác giả {name}</h1>
      <p className="search-summary">
        {data.totalDocs.toLocaleString('vi-VN')} bài viết có ảnh của tác giả
      </p>
      <ul className="photo-strip">
        {data.articles.flatMap((article, a) =>
          article.photos.map((photo, i) => (
            <li key={`${article.slug}-${photo.media.id}`}>
              <figure className="figure">
                <Picture
                  media={photo.media}
                  shape="crop"
                  sizes="(min-width: 700px) 280px, 50vw"
                  priority={a === 0 && i < 2}
                />
                <figcaption>
                  {photo.caption ? <span className="figure__caption">{photo.caption} </span> : null}
                  <span className="figure__credit">Ảnh: {name}</span>
                  <br />
                  <a href={urls.article(article.slug)}>{article.title}</a>
                </figcaption>
              </figure>
            </li>
          )),
        )}
      </ul>
      <Pagination page={data.page} totalPages={data.totalPages} href={(p) => urls.credit(key, p)} />
    </div>
  )
}
