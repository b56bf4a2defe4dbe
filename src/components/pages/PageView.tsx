import { PageBlocks } from '@/blocks/PageBlocks'
import { Breadcrumbs, type Crumb } from '@/components/layout/Breadcrumbs'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { ui } from '@/site/i18n/ui'

interface Props {
  page: Page
  crumbs: Crumb[]
  subpages: Array<{ title: string; href: string }>
  locale?: Locale
}

/** A standing page: trail, title, its blocks, then links to the pages below it. */
export function PageView({ page, crumbs, subpages, locale = 'vi' }: Props) {
  const t = ui(locale)
  return (
    <div className="wrap standing-page">
      <Breadcrumbs items={crumbs} label={t.breadcrumbs} />
      <h1 className="page-title">{page.title}</h1>
      {page.description ? <p className="lede">{page.description}</p> : null}
      <PageBlocks layout={page.layout} locale={locale} />
      {subpages.length > 0 ? (
        <nav className="subpages" aria-labelledby="trang-con">
          <h2 id="trang-con">{t.inThisSection}</h2>
          <ul className="plain-list">
            {subpages.map((p) => (
              <li key={p.href}>
                <a href={p.href}>{p.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
