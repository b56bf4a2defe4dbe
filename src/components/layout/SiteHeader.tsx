import { SearchBox } from '@/components/search/SearchBox'
import type { Site } from '@/payload-types'
import type { NavEntry } from '@/site/navigation/resolve'
import { urls } from '@/site/urls'

import { Brand } from './Brand'
import { LanguageSwitch } from './LanguageSwitch'
import { MainMenu } from './MainMenu'

interface Props {
  site: Site
  nav: NavEntry[]
  /** The English version of this page, or the English home (src/site/i18n/routes.ts). */
  englishHref: string
}

export function SiteHeader({ site, nav, englishHref }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__brand wrap">
        <Brand site={site} name={site.name} href={urls.home()} />
        <div className="site-header__tools">
          <LanguageSwitch locale="vi" href={englishHref} />
          <SearchBox />
        </div>
      </div>
      <MainMenu entries={nav} />
    </header>
  )
}
