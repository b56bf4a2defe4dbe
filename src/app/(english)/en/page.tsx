import type { Metadata } from 'next'

import { ContactComponent } from '@/blocks/Contact/Component'
import { PageBlocks } from '@/blocks/PageBlocks'
import { getEnglishPage, getEnglishSite, getPageLanguages } from '@/site/data/english'
import { absoluteUrl } from '@/site/env'
import { hreflangAlternates } from '@/site/i18n/alternates'
import { en } from '@/site/i18n/en'
import { EN_HOME, englishSections, vietnameseCounterpart } from '@/site/i18n/routes'
import { ROOT_PAGE_SLUG } from '@/site/pages/tree'

/**
 * /en, the English home (issue 12 §2): who we are (the root page Giới thiệu in English), the
 * English pages below it (functions, organisation, leaders, contact…) and the contact details.
 * Only English text: untranslated pages are not listed.
 */
export async function generateMetadata(): Promise<Metadata> {
  const [site, pages] = await Promise.all([getEnglishSite(), getPageLanguages()])
  const root = pages.find((p) => p.slug === ROOT_PAGE_SLUG)
  const vi = vietnameseCounterpart(EN_HOME, pages) ?? '/'
  return {
    title: { absolute: site.name || root?.title || en.home },
    description: root?.description ?? site.tagline ?? undefined,
    alternates: {
      canonical: absoluteUrl(EN_HOME),
      languages: hreflangAlternates({ vi, en: EN_HOME }),
    },
  }
}

export default async function EnglishHome() {
  const [site, pages, root] = await Promise.all([
    getEnglishSite(),
    getPageLanguages(),
    getEnglishPage(ROOT_PAGE_SLUG),
  ])
  const sections = englishSections(pages)
  const intro = root?.title ? root : null
  return (
    <div className="wrap standing-page">
      <h1 className="page-title">{site.name || intro?.title || en.home}</h1>
      {site.tagline ? <p className="lede">{site.tagline}</p> : null}
      {intro ? (
        <section aria-labelledby="who-we-are">
          <h2 id="who-we-are">{intro.title || en.whoWeAre}</h2>
          {intro.description ? <p>{intro.description}</p> : null}
          <PageBlocks layout={intro.layout} locale="en" />
        </section>
      ) : null}
      {sections.length > 0 ? (
        <section aria-labelledby="sections">
          <h2 id="sections">{en.sections}</h2>
          <ul className="en-sections">
            {sections.map((s) => (
              <li key={s.href}>
                <h3>
                  <a href={s.href}>{s.title}</a>
                </h3>
                {s.description ? <p>{s.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ContactComponent block={{ blockType: 'contact', heading: en.contact }} locale="en" />
    </div>
  )
}
