import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { ArticleView } from '@/components/article/ArticleView'
import { CommentSection } from '@/components/feedback/CommentSection'
import { previewScript } from '@/components/layout/inline-scripts'
import { MostRead } from '@/components/readership/MostRead'
import { noteRelatedSources } from '@/site/cache/related-sources'
import { getArticle, relatedArticles, relatedSourceIds } from '@/site/data/article'
import { getCategories, getSite } from '@/site/data/site'
import { topicsOfArticle } from '@/site/data/topics'
import { ARTICLE_PARAMS, param } from '@/site/page-params'
import { articleMetadata } from '@/site/seo/article-meta'
import { jsonLdHtml, newsArticleJsonLd } from '@/site/seo/json-ld'
import { decodeSlug } from '@/site/slug-param'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(params: Props['params']) {
  const { slug } = await params
  const preview = (await draftMode()).isEnabled
  return getArticle(decodeSlug(slug), preview)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params)
  if (!article) return { title: 'Không tìm thấy bài viết' }
  const meta = articleMetadata(article)
  return article._status === 'published'
    ? meta
    : { ...meta, robots: { index: false, follow: false } }
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await load(params)
  if (!article) notFound()
  // The page cache drops this page when an article in these categories or tags changes.
  if (article.slug) noteRelatedSources(article.slug, relatedSourceIds(article))
  const preview = (await draftMode()).isEnabled
  const sent = param(await searchParams, ARTICLE_PARAMS, 'da-gui') === '1'
  const [site, categories, related, topics] = await Promise.all([
    getSite(),
    getCategories(),
    relatedArticles(article),
    topicsOfArticle(article),
  ])
  return (
    <div className="wrap">
      {article._status !== 'published' ? (
        <p className="empty-state" role="status">
          Bạn đang xem bản nháp (chỉ biên tập viên nhìn thấy).{' '}
          <a href="/xem-truoc/thoat">Thoát chế độ xem trước</a>
        </p>
      ) : null}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdHtml(newsArticleJsonLd(article, site)) }}
      />
      <ArticleView article={article} allCategories={categories} related={related} topics={topics} />
      {preview ? <script dangerouslySetInnerHTML={{ __html: previewScript }} /> : null}
      {article._status === 'published' ? <CommentSection article={article} sent={sent} /> : null}
      <MostRead />
    </div>
  )
}
