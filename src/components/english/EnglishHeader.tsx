import { Brand } from '@/components/layout/Brand'
import { LanguageSwitch } from '@/components/layout/LanguageSwitch'
import type { Site } from '@/payload-types'
import { en } from '@/site/i18n/en'
import { EN_HOME } from '@/site/i18n/routes'

interface Props {
  site: Site
  /** The English pages of the menu (the root page's English children), in order. */
  menu: Array<{ title: string; href: string }>
  vietnameseHref: string
}

/**
 * The English section's header: the body's English name, the switch to Vietnamese, and a flat
 * menu of the English pages. No search box: search covers the Vietnamese content only.
 */
export function EnglishHeader({ site, menu, vietnameseHref }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__brand wrap">
        <Brand site={site} name={site.name || en.home} href={EN_HOME} />
        <div className="site-header__tools">
          <LanguageSwitch locale="en" href={vietnameseHref} />
        </div>
      </div>
      <nav className="site-nav" aria-label={en.mainMenu}>
        <ul className="site-nav__list wrap">
          <li>
            <a href={EN_HOME}>{en.home}</a>
          </li>
          {menu.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.title}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
