import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { ContactBlock } from '@/payload-types'
import { getEnglishSite } from '@/site/data/english'
import { getSite } from '@/site/data/site'
import { ui } from '@/site/i18n/ui'

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/** The body's contact details from the site settings (one place to change them). */
export async function ContactComponent({
  block,
  locale = 'vi',
}: {
  block: ContactBlock
  locale?: Locale
}) {
  const site = locale === 'en' ? await getEnglishSite() : await getSite()
  const t = ui(locale)
  const c = site.contact ?? {}
  const rows: Array<[string, ReactNode]> = []
  if (c.address) rows.push([t.address, c.address])
  if (c.phone) rows.push([t.phone, <a href={telHref(c.phone)}>{c.phone}</a>])
  if (c.fax) rows.push([t.fax, c.fax])
  if (c.email) rows.push([t.email, <a href={`mailto:${c.email}`}>{c.email}</a>])
  if (c.hours) rows.push([t.hours, c.hours])
  return (
    <section className="page-block contact-block">
      {block.heading ? <h2>{block.heading}</h2> : null}
      <address className="contact-block__card">
        {site.name ? <p className="contact-block__name">{site.name}</p> : null}
        {rows.length > 0 ? (
          <dl>
            {rows.map(([term, value]) => (
              <div key={term} className="contact-block__row">
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </address>
      {block.note ? <p className="contact-block__note">{block.note}</p> : null}
    </section>
  )
}
