import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { getMenus } from '@/site/data/navigation'
import { getSite } from '@/site/data/site'

/** Header, menu and footer around every reader page (the print view has none of them). */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [site, menus] = await Promise.all([getSite(), getMenus()])
  return (
    <>
      <SkipLink />
      <SiteHeader site={site} nav={menus.header} />
      <main id="noi-dung" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter site={site} menu={menus.footer} />
    </>
  )
}
