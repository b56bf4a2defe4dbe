import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { PageView } from '@/components/pages/PageView'
import { getEnglishPage, getPageLanguages } from '@/site/data/english'
import { absoluteUrl } from '@/site/env'
import { hreflangAlternates } from '@/site/i18n/alternates'
import { en } from '@/site/i18n/en'
import { EN_HOME, enUrls } from '@/site/i18n/routes'
import { ROOT_PAGE_SLUG } from '@/site/pages/tree'
import { decodeSlug } from '@/site/slug-param'

interface Props {
  params: Promise<{ slug: string }>
}

/**
 * /en/<slug>: a standing page in English. A published page without an English version answers
 * with a short English notice linking to the Vietnamese page — status 200 with `noindex`: it is
 * a real address (an old link, a typed URL) that deserves a useful English answer and may be
 * kept by the page cache, while crawlers neither index it nor find it in the sitemap or in
 * hreflang links (those list only pages that have English). Unknown slugs are a 404.
 */
async function load(params: Props['params']) {
  const slug = decodeSlug((await params).slug)
  const [pages, page] = await Promise.all([getPageLanguages(), getEnglishPage(slug)])
  const entry = pages.find((p) => p.slug === slug) ?? null
  const subpages = pages
    .filter((p) => entry && p.parent === entry.id && p.hasEnglish && p.title)
    .map((p) => ({ title: p.title ?? '', href: enUrls.page(p.slug) }))
  return { slug, entry, subpages, page: page && entry?.hasEnglish ? page : null }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entry, page } = await load(params)
  if (!entry) return { title: en.notFoundTitle, robots: { index: false } }
  if (!page) return { title: en.notTranslatedTitle, robots: { index: false } }
  const path = enUrls.page(entry.slug)
  return {
    title: page.title,
    description: page.description ?? undefined,
    alternates: {
      canonical: absoluteUrl(path),
      languages: hreflangAlternates({ vi: entry.viPath, en: path }),
    },
  }
}

export default async function EnglishPage({ params }: Props) {
  const { slug, entry, page, subpages } = await load(params)
  if (slug === ROOT_PAGE_SLUG) permanentRedirect(EN_HOME)
  if (!entry) notFound()
  if (!page) {
    return (
      <div className="wrap standing-page">
        <h1 className="page-title">{en.notTranslatedTitle}</h1>
        <div className="not-translated">
          <p>{en.notTranslatedText}</p>
          <p>
            <a href={entry.viPath} hrefLang="vi">
              {en.readInVietnamese}
            </a>
          </p>
        </div>
        <p>
          <a href={EN_HOME}>{en.backHome}</a>
        </p>
      </div>
    )
  }
  return (
    <PageView
      page={page}
      crumbs={[{ label: en.home, href: EN_HOME }, { label: page.title }]}
      subpages={subpages}
      locale="en"
    />
  )
}
