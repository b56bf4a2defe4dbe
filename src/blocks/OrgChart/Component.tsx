import type { Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relation-id'
import type { OrgChartBlock, Unit } from '@/payload-types'
import { publishedUnits } from '@/site/data/organisation'
import { ui } from '@/site/i18n/ui'
import { type UnitNode, unitTree } from '@/site/organisation/unit-tree'

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

function UnitBox({ unit, details, locale }: { unit: Unit; details: boolean; locale: Locale }) {
  const t = ui(locale)
  const head = unit.head
  const contact = unit.contact
  return (
    <div className="org-unit">
      <span className="org-unit__name">{unit.name}</span>
      {details && head?.name ? (
        <span className="org-unit__head">
          {head.position ? `${head.position}: ` : ''}
          {head.name}
        </span>
      ) : null}
      {details && unit.description ? (
        <span className="org-unit__desc">{unit.description}</span>
      ) : null}
      {details && (contact?.phone || contact?.email || contact?.address) ? (
        <span className="org-unit__contact">
          {contact.address ? <span>{contact.address}</span> : null}
          {contact.phone ? (
            <span>
              {t.phoneShort} <a href={telHref(contact.phone)}>{contact.phone}</a>
            </span>
          ) : null}
          {contact.email ? (
            <span>
              {t.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </span>
          ) : null}
        </span>
      ) : null}
    </div>
  )
}

function Branch({
  nodes,
  details,
  locale,
}: {
  nodes: UnitNode<Unit>[]
  details: boolean
  locale: Locale
}) {
  return (
    <>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id}>
          <UnitBox unit={unit} details={details} locale={locale} />
          {children.length > 0 ? (
            <ul>
              <Branch nodes={children} details={details} locale={locale} />
            </ul>
          ) : null}
        </li>
      ))}
    </>
  )
}

/**
 * The organisation chart as nested lists: screen readers announce each level ("list, 3 items")
 * and the nesting, and the stylesheet draws the boxes and connecting lines (CSS only, no script).
 */
export async function OrgChartComponent({
  block,
  locale = 'vi',
}: {
  block: OrgChartBlock
  locale?: Locale
}) {
  // A unit without a name in this language is left out (its sub-units move up a level) rather
  // than shown in the other language.
  const units = (await publishedUnits(locale)).filter((u) => Boolean(u.name?.trim()))
  const nodes = unitTree(units, relationId(block.rootUnit))
  if (nodes.length === 0) return null
  const label = block.heading || ui(locale).orgChart
  return (
    <section className="page-block org-chart" aria-label={block.heading ? undefined : label}>
      {block.heading ? <h2>{block.heading}</h2> : null}
      <ul className="org-chart__tree">
        <Branch nodes={nodes} details={block.showDetails !== false} locale={locale} />
      </ul>
    </section>
  )
}
