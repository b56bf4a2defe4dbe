import type { Category } from '@/payload-types'
import type { SearchFacets as Facets } from '@/search/types'
import { type SearchForm, searchHref } from '@/site/search-params'

import { kindLabel } from './SearchHits'

interface Props {
  form: SearchForm
  facets: Facets
  categories: Category[]
}

const entries = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])

/** Counts per kind, category and year; each is a link that narrows the search. */
export function SearchFacets({ form, facets, categories }: Props) {
  const title = (slug: string) => categories.find((c) => c.slug === slug)?.title ?? slug
  const groups = [
    {
      id: 'facet-kind',
      label: 'Thể loại',
      items: entries(facets.kind).map(([k, n]) => ({
        text: kindLabel(k),
        n,
        href: searchHref(form, { kind: k }),
        on: form.kind === k,
      })),
    },
    {
      id: 'facet-category',
      label: 'Chuyên mục',
      items: entries(facets.category).map(([c, n]) => ({
        text: title(c),
        n,
        href: searchHref(form, { category: c }),
        on: form.category === c,
      })),
    },
    {
      id: 'facet-year',
      label: 'Năm',
      items: entries(facets.year)
        .sort((a, b) => Number(b[0]) - Number(a[0]))
        .map(([y, n]) => ({
          text: y,
          n,
          href: searchHref(form, { from: `${y}-01-01`, to: `${y}-12-31` }),
          on: form.from === `${y}-01-01` && form.to === `${y}-12-31`,
        })),
    },
  ].filter((g) => g.items.length > 0)
  if (groups.length === 0) return null
  return (
    <aside className="facets" aria-label="Lọc kết quả">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <h2 id={group.id}>{group.label}</h2>
          <ul className="plain-list">
            {group.items.map((item) => (
              <li key={item.href}>
                {item.on ? (
                  <strong aria-current="true">
                    {item.text} ({item.n})
                  </strong>
                ) : (
                  <a href={item.href}>
                    {item.text} ({item.n})
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  )
}
