import { FooterAbout } from '@/components/layout/FooterAbout'
import type { Site } from '@/payload-types'
import { en } from '@/site/i18n/en'

/** The English section's footer: the body's English name and contact details. */
export function EnglishFooter({ site }: { site: Site }) {
  const contact = site.contact ?? {}
  return (
    <footer className="site-footer">
      <div className="wrap site-footer__grid">
        <FooterAbout site={site} title={site.name || en.contact}>
          {contact.responsible ? (
            <p>
              {en.responsible}: {contact.responsible}
            </p>
          ) : null}
          {contact.address ? (
            <p>
              {en.address}: {contact.address}
            </p>
          ) : null}
          {contact.phone ? (
            <p>
              {en.phone}:{' '}
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </p>
          ) : null}
          {contact.fax ? (
            <p>
              {en.fax}: {contact.fax}
            </p>
          ) : null}
          {contact.email ? (
            <p>
              {en.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          ) : null}
        </FooterAbout>
      </div>
    </footer>
  )
}
