import type { CardArticle } from '@/site/data/cards'

import { ArticleCard } from './ArticleCard'

interface Props {
  articles: CardArticle[]
  className?: string
  variant?: 'normal' | 'compact'
  priorityFirst?: boolean
  headingLevel?: 2 | 3
}

export function CardList({
  articles,
  className = 'cards',
  variant = 'normal',
  priorityFirst = false,
  headingLevel,
}: Props) {
  return (
    <ul className={className}>
      {articles.map((article, i) => (
        <li key={article.id}>
          <ArticleCard
            article={article}
            variant={variant}
            priority={priorityFirst && i === 0}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  )
}
