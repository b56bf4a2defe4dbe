import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Listing } from '@/components/lists/Listing'
import { listCards, pageParam } from '@/site/data/cards'
import { ancestry, childrenOf, descendantIds, getCategories } from '@/site/data/site'
import { getCategoryBySlug } from '@/site/data/taxonomy'
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
  const { slug } = await params
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  const category = await getCategoryBySlug(decodeSlug(slug))
  if (!category?.slug) return { title: 'Không tìm thấy chuyên mục' }
  return {
    title: page > 1 ? `${category.title} – Trang ${page}` : category.title,
    description: category.description ?? undefined,
    alternates: {
      canonical: absoluteUrl(urls.category(category.slug, page)),
      types: {
        'application/rss+xml': [{ url: urls.categoryFeed(category.slug), title: category.title }],
      },
    },
  }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { slug } = await params
  const page = pageParam(param(await searchParams, LISTING_PARAMS, 'trang'))
  const category = await getCategoryBySlug(decodeSlug(slug))
  if (!category?.slug) notFound()
  const categorySlug = category.slug
  const all = await getCategories()
  const result = await listCards({
    where: { categories: { in: descendantIds(all, category.id) } },
    page,
    limit: PAGE_SIZE,
  })
  if (page > 1 && result.docs.length === 0) notFound()
  const parents = ancestry(all, category).slice(0, -1)
  const children = childrenOf(all, category.id).filter((c) => c.slug)
  return (
    <Listing
      title={category.title}
      crumbs={[
        { label: 'Trang chủ', href: urls.home() },
        ...parents.map((c) => ({
          label: c.title,
          href: c.slug ? urls.category(c.slug) : undefined,
        })),
      ]}
      intro={
        <>
          {category.description ? <p className="lede">{category.description}</p> : null}
          {children.length > 0 ? (
            <nav aria-label="Chuyên mục con">
              <ul className="subcats">
                {children.map((c) => (
                  <li key={c.id}>
                    <a href={urls.category(c.slug ?? '')}>{c.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <p className="section__more">
            <a href={urls.categoryFeed(categorySlug)}>Theo dõi {category.title} qua RSS</a>
          </p>
        </>
      }
      result={result}
      href={(p) => urls.category(categorySlug, p)}
      empty="Chuyên mục chưa có bài viết."
    />
  )
}
