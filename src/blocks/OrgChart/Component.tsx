import type { OrgChartBlock, Unit } from '@/payload-types'
import { publishedUnits } from '@/site/data/organisation'
import { type UnitNode, unitTree } from '@/site/organisation/unit-tree'

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

function UnitBox({ unit, details }: { unit: Unit; details: boolean }) {
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
              ĐT: <a href={telHref(contact.phone)}>{contact.phone}</a>
            </span>
          ) : null}
          {contact.email ? (
            <span>
              Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </span>
          ) : null}
        </span>
      ) : null}
    </div>
  )
}

function Branch({ nodes, details }: { nodes: UnitNode<Unit>[]; details: boolean }) {
  return (
    <>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id}>
          <UnitBox unit={unit} details={details} />
          {children.length > 0 ? (
            <ul>
              <Branch nodes={children} details={details} />
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
export async function OrgChartComponent({ block }: { block: OrgChartBlock }) {
  const nodes = unitTree(await publishedUnits(), idOf(block.rootUnit))
  if (nodes.length === 0) return null
  const label = block.heading || 'Sơ đồ tổ chức'
  return (
    <section className="page-block org-chart" aria-label={block.heading ? undefined : label}>
      {block.heading ? <h2>{block.heading}</h2> : null}
      <ul className="org-chart__tree">
        <Branch nodes={nodes} details={block.showDetails !== false} />
      </ul>
    </section>
  )
}
