import type { ReactNode } from 'react'

import { EnglishFooter } from '@/components/english/EnglishFooter'
import { EnglishHeader } from '@/components/english/EnglishHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { getEnglishSite, getPageLanguages } from '@/site/data/english'
import { currentSitePath } from '@/site/i18n/current-path'
import { en } from '@/site/i18n/en'
import { englishSections, vietnameseSwitchTarget } from '@/site/i18n/routes'

/** Header (with the switch to this page in Vietnamese), menu and footer of the English pages. */
export default async function EnglishLayout({ children }: { children: ReactNode }) {
  const [site, pages, path] = await Promise.all([
    getEnglishSite(),
    getPageLanguages(),
    currentSitePath(),
  ])
  return (
    <>
      <SkipLink label={en.skipToContent} />
      <EnglishHeader
        site={site}
        menu={englishSections(pages)}
        vietnameseHref={vietnameseSwitchTarget(path, pages)}
      />
      <main id="noi-dung" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <EnglishFooter site={site} />
    </>
  )
}
