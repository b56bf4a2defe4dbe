import { Picture } from '@/components/media/Picture'
import type { CardArticle } from '@/site/data/cards'
import { formatDateVi } from '@/site/format/date'
import { asMedia } from '@/site/media'
import { urls } from '@/site/urls'

interface Props {
  article: CardArticle
  variant?: 'lead' | 'normal' | 'compact'
  /** Only the first visible image of a page loads eagerly. */
  priority?: boolean
  headingLevel?: 2 | 3
}

const SIZES = {
  lead: '(min-width: 1000px) 680px, 100vw',
  normal: '(min-width: 700px) 200px, 120px',
  compact: '(min-width: 700px) 280px, 120px',
}

export function ArticleCard({
  article,
  variant = 'normal',
  priority = false,
  headingLevel = 3,
}: Props) {
  const cover = asMedia(article.coverImage)
  const href = article.slug ? urls.article(article.slug) : '#'
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const classes = [
    'card',
    variant === 'lead' ? 'card--lead' : '',
    cover ? '' : 'card--noimg',
  ].filter(Boolean)
  return (
    <article className={classes.join(' ')}>
      {cover ? (
        <a href={href} tabIndex={-1} aria-hidden="true">
          <Picture
            media={cover}
            shape="crop"
            sizes={SIZES[variant]}
            priority={priority}
            className="card__image"
            decorative
          />
        </a>
      ) : null}
      <div>
        <Heading className="card__title">
          <a href={href}>{article.title}</a>
        </Heading>
        {article.publishedAt ? (
          <p className="card__meta">
            <time dateTime={article.publishedAt}>{formatDateVi(article.publishedAt)}</time>
          </p>
        ) : null}
        {article.sapo && variant !== 'compact' ? (
          <p className="card__sapo">{article.sapo}</p>
        ) : null}
      </div>
    </article>
  )
}
