import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Listing } from '@/components/lists/Listing'
import { listCards, pageParam } from '@/site/data/cards'
import { getTagBySlug } from '@/site/data/taxonomy'
import { absoluteUrl } from '@/site/env'
import { LISTING_PARAMS, param } from '@/site/page-params'
import { decodeSlug } from '@/site/slug-param'
import { urls } from '@/site/urls'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const tag = await getTagBySlug(decodeSlug((await params).slug))
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  if (!tag?.slug) return { title: 'Không tìm thấy từ khóa' }
  return {
    title: `Từ khóa: ${tag.name}`,
    alternates: { canonical: absoluteUrl(urls.tag(tag.slug, page)) },
  }
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await getTagBySlug(decodeSlug((await params).slug))
  if (!tag?.slug) notFound()
  const tagSlug = tag.slug
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  const result = await listCards({ where: { tags: { in: [tag.id] } }, page, limit: 12 })
  if (page > 1 && result.docs.length === 0) notFound()
  return (
    <Listing
      title={`Từ khóa: ${tag.name}`}
      crumbs={[{ label: 'Trang chủ', href: urls.home() }]}
      result={result}
      href={(p) => urls.tag(tagSlug, p)}
    />
  )
}
