import { VisitCounter } from '@/components/readership/VisitCounter'
import type { Site } from '@/payload-types'
import type { NavEntry } from '@/site/navigation/resolve'
import { urls } from '@/site/urls'

import { FooterAbout } from './FooterAbout'
import { FooterMenu } from './FooterMenu'

export function SiteFooter({ site, menu }: { site: Site; menu: NavEntry[] }) {
  const contact = site.contact ?? {}
  return (
    <footer className="site-footer">
      <div className="wrap site-footer__grid">
        <FooterAbout site={site} title={site.name}>
          {contact.responsible ? <p>Chịu trách nhiệm nội dung: {contact.responsible}</p> : null}
          {contact.address ? <p>Địa chỉ: {contact.address}</p> : null}
          {contact.phone ? (
            <p>
              Điện thoại:{' '}
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </p>
          ) : null}
          {contact.fax ? <p>Fax: {contact.fax}</p> : null}
          {contact.email ? (
            <p>
              Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          ) : null}
        </FooterAbout>
        <section aria-labelledby="footer-links">
          <h2 id="footer-links" className="site-footer__title">
            Tiện ích
          </h2>
          {menu.length > 0 ? (
            <FooterMenu entries={menu} />
          ) : (
            <ul className="plain-list">
              <li>
                <a href={urls.documents()}>Thư viện văn bản</a>
              </li>
              <li>
                <a href={urls.search()}>Tìm kiếm</a>
              </li>
              <li>
                <a href={urls.feed()}>Tin mới qua RSS</a>
              </li>
            </ul>
          )}
        </section>
        <VisitCounter />
      </div>
    </footer>
  )
}
