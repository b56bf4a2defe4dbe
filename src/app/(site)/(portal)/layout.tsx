import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { getPageLanguages } from '@/site/data/english'
import { getMenus } from '@/site/data/navigation'
import { getSite } from '@/site/data/site'
import { currentSitePath } from '@/site/i18n/current-path'
import { englishSwitchTarget } from '@/site/i18n/routes'

/** Header, menu and footer around every reader page (the print view has none of them). */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [site, menus, languages, path] = await Promise.all([
    getSite(),
    getMenus(),
    getPageLanguages(),
    currentSitePath(),
  ])
  return (
    <>
      <SkipLink />
      <SiteHeader
        site={site}
        nav={menus.header}
        englishHref={englishSwitchTarget(path, languages)}
      />
      <main id="noi-dung" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter site={site} menu={menus.footer} />
    </>
  )
}
