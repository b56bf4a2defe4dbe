import type { ReactNode } from 'react'

import type { ContactBlock } from '@/payload-types'
import { getSite } from '@/site/data/site'

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/** The body's contact details from the site settings (one place to change them). */
export async function ContactComponent({ block }: { block: ContactBlock }) {
  const site = await getSite()
  const c = site.contact ?? {}
  const rows: Array<[string, ReactNode]> = []
  if (c.address) rows.push(['Địa chỉ', c.address])
  if (c.phone) rows.push(['Điện thoại', <a href={telHref(c.phone)}>{c.phone}</a>])
  if (c.fax) rows.push(['Fax', c.fax])
  if (c.email) rows.push(['Email', <a href={`mailto:${c.email}`}>{c.email}</a>])
  if (c.hours) rows.push(['Giờ làm việc', c.hours])
  return (
    <section className="page-block contact-block">
      {block.heading ? <h2>{block.heading}</h2> : null}
      <address className="contact-block__card">
        <p className="contact-block__name">{site.name}</p>
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
