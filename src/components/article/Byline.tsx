import type { Article, Author } from '@/payload-types'
import { urls } from '@/site/urls'

const populated = (authors: Article['authors']): Author[] =>
  (authors ?? []).filter((a): a is Author => typeof a === 'object' && a !== null)

/** Bylines sit at the end of Vietnamese news stories: "Minh Yến", then the source. */
export function Byline({ article }: { article: Article }) {
  const authors = populated(article.authors)
  return (
    <>
      {authors.length > 0 ? (
        <p className="article__byline">
          {authors.map((author, i) => (
            <span key={author.id}>
              {i > 0 ? ', ' : ''}
              {author.slug ? <a href={urls.author(author.slug)}>{author.name}</a> : author.name}
              {author.unit ? <span className="article__unit">, {author.unit}</span> : null}
            </span>
          ))}
        </p>
      ) : null}
      {article.source ? <p className="article__source">Nguồn: {article.source}</p> : null}
    </>
  )
}

export const authorNames = (article: Article): string[] =>
  populated(article.authors).map((a) => a.name)
