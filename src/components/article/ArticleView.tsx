import { Breadcrumbs, type Crumb } from '@/components/layout/Breadcrumbs'
import { CardList } from '@/components/lists/CardList'
import { Figure } from '@/components/media/Figure'
import { TopicLinks } from '@/components/topics/TopicLinks'
import type { Article, Category } from '@/payload-types'
import { bodyMediaIds, populatedCategories, populatedTags } from '@/site/article-parts'
import type { CardArticle } from '@/site/data/cards'
import { ancestry } from '@/site/data/site'
import type { TopicLink } from '@/site/data/topics'
import { absoluteUrl } from '@/site/env'
import { formatDateTimeVi } from '@/site/format/date'
import { asMedia } from '@/site/media'
import { urls } from '@/site/urls'

import { Byline } from './Byline'
import { DocumentFooter, DocumentMeta } from './DocumentMeta'
import { RichText } from './RichText'
import { ShareLinks } from './ShareLinks'
import { TextSize } from './TextSize'

interface Props {
  article: Article
  allCategories: Category[]
  related: CardArticle[]
  /** Published topics holding the article ("Chuyên đề: …"). */
  topics?: TopicLink[]
  print?: boolean
}

function crumbs(article: Article, all: Category[]): Crumb[] {
  const primary = populatedCategories(article)[0]
  const chain = primary ? ancestry(all, all.find((c) => c.id === primary.id) ?? primary) : []
  return [
    { label: 'Trang chủ', href: urls.home() },
    ...chain.map((c) => ({ label: c.title, href: c.slug ? urls.category(c.slug) : undefined })),
  ]
}

export function ArticleView({
  article,
  allCategories,
  related,
  topics = [],
  print = false,
}: Props) {
  const slug = article.slug ?? ''
  const cover = asMedia(article.coverImage)
  const showCover = cover && !bodyMediaIds(article.body).has(cover.id)
  const tags = populatedTags(article)
  return (
    <article className="article">
      {print ? null : <Breadcrumbs items={crumbs(article, allCategories)} />}
      <h1 className="article__title">{article.title}</h1>
      <div className="article__meta">
        {article.publishedAt ? (
          <time dateTime={article.publishedAt}>{formatDateTimeVi(article.publishedAt)}</time>
        ) : (
          <span>Bản nháp</span>
        )}
        {print ? null : <TextSize />}
      </div>
      {article.sapo ? <p className="article__sapo">{article.sapo}</p> : null}
      {article.kind === 'document' ? <DocumentMeta article={article} /> : null}
      <div className="article__body">
        {showCover ? <Figure media={cover} priority /> : null}
        <RichText data={article.body} eagerFirstImage={!showCover} />
        {article.kind === 'document' ? <DocumentFooter article={article} /> : null}
        <Byline article={article} />
      </div>
      {print ? null : (
        <>
          {tags.length > 0 ? (
            <ul className="tags" aria-label="Từ khóa">
              {tags.map((tag) =>
                tag.slug ? (
                  <li key={tag.id}>
                    <a href={urls.tag(tag.slug)}>{tag.name}</a>
                  </li>
                ) : null,
              )}
            </ul>
          ) : null}
          <TopicLinks topics={topics} />
          <ShareLinks url={absoluteUrl(urls.article(slug))} title={article.title} slug={slug} />
          {related.length > 0 ? (
            <section className="related section" aria-labelledby="tin-lien-quan">
              <div className="section__head">
                <h2 id="tin-lien-quan" className="section__title">
                  Tin liên quan
                </h2>
              </div>
              <CardList articles={related} />
            </section>
          ) : null}
        </>
      )}
    </article>
  )
}
