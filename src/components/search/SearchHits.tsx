import { SEARCH_KIND_OPTIONS } from '@/search/kinds'
import { escapeHtml } from '@/search/query/highlight'
import type { SearchHit } from '@/search/types'
import { formatDateVi } from '@/site/format/date'
import { urls } from '@/site/urls'

export const kindLabel = (kind: string): string =>
  SEARCH_KIND_OPTIONS.find((k) => k.value === kind)?.label ?? kind

/** Titles and snippets arrive HTML-escaped from the search service, with <mark> around matches. */
export function SearchHits({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="hits">
      {hits.map((hit) => (
        <li key={hit.id} className="hit">
          <h2 className="hit__title">
            <a
              href={hit.kind === 'question' ? urls.question(hit.slug) : urls.article(hit.slug)}
              // The engines escape titleHighlighted; a plain title must be escaped here.
              dangerouslySetInnerHTML={{ __html: hit.titleHighlighted || escapeHtml(hit.title) }}
            />
          </h2>
          <p className="card__meta">
            {kindLabel(hit.kind)} ·{' '}
            <time dateTime={hit.publishedAt}>{formatDateVi(hit.publishedAt)}</time>
          </p>
          {hit.snippet ? (
            <p className="hit__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          ) : null}
        </li>
      ))}
    </ol>
  )
}
