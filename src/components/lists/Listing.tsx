import type { ReactNode } from 'react'

import { Breadcrumbs, type Crumb } from '@/components/layout/Breadcrumbs'
import type { CardPage } from '@/site/data/cards'

import { CardList } from './CardList'
import { Pagination } from './Pagination'

interface Props {
  title: string
  crumbs: Crumb[]
  intro?: ReactNode
  result: CardPage
  href: (page: number) => string
  empty?: string
}

/** The shared shape of category, tag and author pages. */
export function Listing({
  title,
  crumbs,
  intro,
  result,
  href,
  empty = 'Chưa có bài viết nào.',
}: Props) {
  return (
    <div className="wrap">
      <Breadcrumbs items={[...crumbs, { label: title }]} />
      <h1 className="page-title">{title}</h1>
      {intro}
      {result.docs.length > 0 ? (
        <CardList articles={result.docs} priorityFirst headingLevel={2} />
      ) : (
        <p className="empty-state">{empty}</p>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={href} />
    </div>
  )
}
