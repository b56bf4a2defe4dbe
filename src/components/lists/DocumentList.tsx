import type { CardArticle } from '@/site/data/cards'
import { formatDateVi } from '@/site/format/date'
import { urls } from '@/site/urls'

type DocCard = CardArticle

/** Official documents listed the way registers print them: number first, then the title. */
export function DocumentList({ articles }: { articles: DocCard[] }) {
  return (
    <ul className="doc-list">
      {articles.map((doc) => {
        const issued = doc.document?.issuedAt ?? doc.publishedAt
        return (
          <li key={doc.id}>
            {doc.document?.number ? (
              <span className="doc-list__number">{doc.document.number}</span>
            ) : null}
            <a href={doc.slug ? urls.article(doc.slug) : '#'}>{doc.title}</a>
            {issued ? <span className="card__meta"> – {formatDateVi(issued)}</span> : null}
          </li>
        )
      })}
    </ul>
  )
}
