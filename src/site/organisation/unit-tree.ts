/**
 * The organisation chart's nesting, from published units and each unit's parent. Pure. A unit
 * whose parent is not among them (unpublished, deleted) moves to the top level; a cycle in bad
 * data is broken where it closes, so every unit shows exactly once.
 */
import { relationId } from '@/lib/relation-id'

export interface UnitLike {
  id: string
  name: string
  parent?: unknown
  order?: number | null
}

export interface UnitNode<U extends UnitLike> {
  unit: U
  children: UnitNode<U>[]
}

const MAX_DEPTH = 12

export function unitTree<U extends UnitLike>(units: U[], rootId?: string | null): UnitNode<U>[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  /** The parent when it is listed, else the top (only published units are listed). */
  const parentOf = (unit: U): string | null => {
    const parent = relationId(unit.parent)
    return parent && parent !== unit.id && byId.has(parent) ? parent : null
  }
  const kids = new Map<string, U[]>()
  for (const unit of units) {
    const key = parentOf(unit) ?? ''
    kids.set(key, [...(kids.get(key) ?? []), unit])
  }
  for (const list of kids.values())
    list.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name, 'vi'))
  const placed = new Set<string>()
  const build = (unit: U, depth: number): UnitNode<U> => {
    placed.add(unit.id)
    const children =
      depth >= MAX_DEPTH
        ? []
        : (kids.get(unit.id) ?? []).filter((c) => !placed.has(c.id)).map((c) => build(c, depth + 1))
    return { unit, children }
  }
  if (rootId) {
    const root = byId.get(rootId)
    return root ? [build(root, 0)] : []
  }
  const top = (kids.get('') ?? []).map((u) => build(u, 0))
  // Units caught in a parent cycle have no way up to the top: list them there too.
  for (const unit of units) if (!placed.has(unit.id)) top.push(build(unit, 0))
  return top
}
