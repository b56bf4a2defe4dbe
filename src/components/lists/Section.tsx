import type { ReactNode } from 'react'

interface Props {
  id: string
  title: string
  href?: string
  moreLabel?: string
  children: ReactNode
}

export function Section({ id, title, href, moreLabel, children }: Props) {
  return (
    <section className="section" aria-labelledby={id}>
      <div className="section__head">
        <h2 id={id} className="section__title">
          {href ? <a href={href}>{title}</a> : title}
        </h2>
        {href && moreLabel ? (
          <a className="section__more" href={href}>
            {moreLabel}
          </a>
        ) : null}
      </div>
      {children}
    </section>
  )
}
