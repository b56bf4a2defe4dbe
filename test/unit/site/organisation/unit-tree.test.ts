import { describe, expect, it } from 'vitest'

import { type UnitLike, type UnitNode, unitTree } from '@/site/organisation/unit-tree'

const unit = (id: string, parent?: string, order = 100): UnitLike => ({
  id,
  name: `Đơn vị ${id}`,
  parent,
  order,
})

const shape = (nodes: UnitNode<UnitLike>[]): unknown =>
  nodes.map((n) => (n.children.length ? { [n.unit.id]: shape(n.children) } : n.unit.id))

describe('unitTree', () => {
  const units = [
    unit('btv'),
    unit('vp', 'btv', 1),
    unit('btg', 'btv', 3),
    unit('btc', 'btv', 2),
    unit('tt', 'btg'),
  ]

  it('nests units under their parents, ordered', () => {
    expect(shape(unitTree(units))).toEqual([{ btv: ['vp', 'btc', { btg: ['tt'] }] }])
  })

  it('starts from a chosen unit, or nothing when it is not published', () => {
    expect(shape(unitTree(units, 'btg'))).toEqual([{ btg: ['tt'] }])
    expect(unitTree(units, 'draft')).toEqual([])
  })

  it('moves a unit whose parent is not listed to the top', () => {
    expect(shape(unitTree(units.filter((u) => u.id !== 'btg')))).toEqual([
      { btv: ['vp', 'btc'] },
      'tt',
    ])
  })

  it('shows every unit of a parent cycle exactly once', () => {
    const tree = unitTree([unit('a', 'b'), unit('b', 'a'), { ...unit('c'), parent: { id: 'c' } }])
    const ids: string[] = []
    const walk = (nodes: UnitNode<UnitLike>[]) =>
      nodes.forEach((n) => (ids.push(n.unit.id), walk(n.children)))
    walk(tree)
    expect(ids.sort()).toEqual(['a', 'b', 'c'])
  })
})
