import type { ReactNode } from 'react'

import type { Site } from '@/payload-types'

/**
 * The footer's "about" section, shared by the Vietnamese and the English footer (separate root
 * layouts, one markup): the body's name, its licence, the language's own contact lines (given as
 * children, since their labels differ) and the footer note.
 */
export function FooterAbout({
  site,
  title,
  children,
}: {
  site: Site
  title: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby="footer-about">
      <h2 id="footer-about" className="site-footer__title">
        {title}
      </h2>
      {site.contact?.license ? <p>{site.contact.license}</p> : null}
      {children}
      {site.footer ? <p className="site-footer__note">{site.footer}</p> : null}
    </section>
  )
}
