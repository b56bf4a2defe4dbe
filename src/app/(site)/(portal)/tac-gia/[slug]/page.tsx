import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Listing } from '@/components/lists/Listing'
import { listCards, pageParam } from '@/site/data/cards'
import { getAuthorBySlug } from '@/site/data/taxonomy'
import { absoluteUrl } from '@/site/env'
import { LISTING_PARAMS, param } from '@/site/page-params'
import { decodeSlug } from '@/site/slug-param'
import { urls } from '@/site/urls'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const author = await getAuthorBySlug(decodeSlug((await params).slug))
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  if (!author?.slug) return { title: 'Không tìm thấy tác giả' }
  return {
    title: `Tác giả ${author.name}`,
    description: author.bio ?? `Các bài viết của ${author.name}`,
    alternates: { canonical: absoluteUrl(urls.author(author.slug, page)) },
  }
}

/** Everything bylined to one author, newest first. */
export default async function AuthorPage({ params, searchParams }: Props) {
  const author = await getAuthorBySlug(decodeSlug((await params).slug))
  if (!author?.slug) notFound()
  const authorSlug = author.slug
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  const result = await listCards({ where: { authors: { in: [author.id] } }, page, limit: 12 })
  if (page > 1 && result.docs.length === 0) notFound()
  return (
    <Listing
      title={`Tác giả: ${author.name}`}
      crumbs={[{ label: 'Trang chủ', href: urls.home() }]}
      intro={
        <>
          {author.unit ? <p className="lede">{author.unit}</p> : null}
          {author.bio ? <p>{author.bio}</p> : null}
          <p className="search-summary">{result.totalDocs} bài viết</p>
        </>
      }
      result={result}
      href={(p) => urls.author(authorSlug, p)}
      empty="Tác giả chưa có bài viết nào được xuất bản."
    />
  )
}
