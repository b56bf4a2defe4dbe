import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleView } from '@/components/article/ArticleView'
import { getArticle } from '@/site/data/article'
import { getCategories, getSite } from '@/site/data/site'
import { absoluteUrl } from '@/site/env'
import { decodeSlug } from '@/site/slug-param'
import { urls } from '@/site/urls'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await getArticle(decodeSlug(slug))
  return {
    title: article ? `Bản in: ${article.title}` : 'Không tìm thấy bài viết',
    // The article page is the one to index; this is a copy for paper.
    robots: { index: false, follow: true },
    alternates: article?.slug ? { canonical: absoluteUrl(urls.article(article.slug)) } : undefined,
  }
}

/** Print view: the story, its photos and byline, with no menus, sharing or related links. */
export default async function PrintPage({ params }: Props) {
  const { slug } = await params
  const article = await getArticle(decodeSlug(slug))
  if (!article?.slug) notFound()
  const [site, categories] = await Promise.all([getSite(), getCategories()])
  const canonical = absoluteUrl(urls.article(article.slug))
  return (
    <main id="noi-dung" className="print-view wrap">
      <p className="print-view__site">{site.name}</p>
      <p className="no-print print-view__actions">
        <button type="button" className="button" data-print="">
          In bài viết
        </button>{' '}
        <a href={urls.article(article.slug)}>Quay lại bài viết</a>
      </p>
      <ArticleView article={article} allCategories={categories} related={[]} print />
      <p className="print-view__url">Địa chỉ bài viết: {canonical}</p>
    </main>
  )
}
