import { SearchBox } from '@/components/search/SearchBox'
import type { Site } from '@/payload-types'
import { asMedia } from '@/site/media'
import type { NavEntry } from '@/site/navigation/resolve'
import { urls } from '@/site/urls'

import { LanguageSwitch } from './LanguageSwitch'
import { MainMenu } from './MainMenu'

interface Props {
  site: Site
  nav: NavEntry[]
  /** The English version of this page, or the English home (src/site/i18n/routes.ts). */
  englishHref: string
}

export function SiteHeader({ site, nav, englishHref }: Props) {
  const logo = asMedia(site.logo)
  const thumb = logo?.sizes?.thumbnail
  return (
    <header className="site-header">
      <div className="site-header__brand wrap">
        <a className="brand" href={urls.home()}>
          {logo && thumb?.url ? (
            <img
              src={thumb.url}
              width={thumb.width ?? 64}
              height={thumb.height ?? 64}
              alt=""
              className="brand__logo"
            />
          ) : null}
          <span className="brand__text">
            <span className="brand__name">{site.name}</span>
            {site.tagline ? <span className="brand__tagline">{site.tagline}</span> : null}
          </span>
        </a>
        <div className="site-header__tools">
          <LanguageSwitch locale="vi" href={englishHref} />
          <SearchBox />
        </div>
      </div>
      <MainMenu entries={nav} />
    </header>
  )
}
