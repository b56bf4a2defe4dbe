import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Listing } from '@/components/lists/Listing'
import { TopicBanner } from '@/components/topics/TopicBanner'
import { pageParam } from '@/site/data/cards'
import { getTopicBySlug, topicArticles } from '@/site/data/topics'
import { absoluteUrl } from '@/site/env'
import { LISTING_PARAMS, param } from '@/site/page-params'
import { decodeSlug } from '@/site/slug-param'
import { urls } from '@/site/urls'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE_SIZE = 12

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const found = await getTopicBySlug(decodeSlug((await params).slug))
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  if (!found?.topic.slug) return { title: 'Không tìm thấy chuyên đề' }
  const { topic } = found
  return {
    title: page > 1 ? `Chuyên đề: ${topic.title} – Trang ${page}` : `Chuyên đề: ${topic.title}`,
    description: topic.description ?? undefined,
    alternates: { canonical: absoluteUrl(urls.topic(topic.slug ?? '', page)) },
  }
}

export default async function TopicPage({ params, searchParams }: Props) {
  const found = await getTopicBySlug(decodeSlug((await params).slug))
  if (!found?.topic.slug) notFound()
  const { topic, banner } = found
  const topicSlug = found.topic.slug
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  const result = await topicArticles(topic, page, PAGE_SIZE)
  if (page > 1 && result.docs.length === 0) notFound()
  return (
    <Listing
      title={`Chuyên đề: ${topic.title}`}
      crumbs={[{ label: 'Trang chủ', href: urls.home() }]}
      intro={
        <>
          {banner ? <TopicBanner media={banner} /> : null}
          {topic.description ? <p className="lede">{topic.description}</p> : null}
        </>
      }
      result={result}
      href={(p) => urls.topic(topicSlug, p)}
      empty="Chuyên đề chưa có bài viết."
    />
  )
}
