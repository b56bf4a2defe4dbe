import { describe, expect, it } from 'vitest'

import { buildPageTree, childrenOf, findPage, pageCrumbs, type PageNode } from '@/site/pages/tree'

const node = (id: string, slug: string, parent: string | null = null, order = 100): PageNode => ({
  id,
  title: `Trang ${id}`,
  slug,
  parent,
  order,
})

const PAGES = [
  node('root', 'gioi-thieu'),
  node('chuc', 'chuc-nang', 'root', 2),
  node('co', 'co-cau', 'root', 1),
  node('ban', 'ban-tuyen-giao', 'co'),
  node('top', 'lien-he'),
]

describe('buildPageTree', () => {
  const tree = buildPageTree(PAGES)

  it('serves the gioi-thieu page at /gioi-thieu and the others under it by their parents', () => {
    expect(tree.pathOf.get('root')).toBe('/gioi-thieu')
    expect(tree.pathOf.get('chuc')).toBe('/gioi-thieu/chuc-nang')
    expect(tree.pathOf.get('ban')).toBe('/gioi-thieu/co-cau/ban-tuyen-giao')
    expect(tree.pathOf.get('top')).toBe('/gioi-thieu/lien-he')
  })

  it('orders children by their order, the root page listing the top level', () => {
    expect(childrenOf(tree, tree.root!).map((p) => p.id)).toEqual(['co', 'chuc', 'top'])
    expect(childrenOf(tree, node('co', 'co-cau', 'root', 1)).map((p) => p.id)).toEqual(['ban'])
  })

  it('hangs a page whose parent is not published from the nearest published ancestor', () => {
    const withoutParent = buildPageTree(PAGES.filter((p) => p.id !== 'co'))
    expect(withoutParent.pathOf.get('ban')).toBe('/gioi-thieu/ban-tuyen-giao')
  })

  it('survives a parent cycle and a root page that names a parent', () => {
    const cyclic = buildPageTree([
      { ...node('root', 'gioi-thieu'), parent: 'a' },
      node('a', 'a', 'b'),
      node('b', 'b', 'a'),
    ])
    expect(cyclic.pathOf.get('root')).toBe('/gioi-thieu')
    expect(cyclic.pathOf.get('a')).toBe('/gioi-thieu/b/a')
    expect(cyclic.pathOf.get('b')).toBe('/gioi-thieu/a/b')
  })
})

describe('findPage', () => {
  const tree = buildPageTree(PAGES)

  it('finds the root, a first-level and a nested page', () => {
    expect(findPage(tree, [])).toMatchObject({ kind: 'page', page: { id: 'root' } })
    expect(findPage(tree, ['chuc-nang'])).toMatchObject({ kind: 'page', page: { id: 'chuc' } })
    expect(findPage(tree, ['co-cau', 'ban-tuyen-giao'])).toMatchObject({
      kind: 'page',
      page: { id: 'ban' },
    })
  })

  it('sends a known page under the wrong parents to its canonical path', () => {
    expect(findPage(tree, ['ban-tuyen-giao'])).toEqual({
      kind: 'moved',
      to: '/gioi-thieu/co-cau/ban-tuyen-giao',
    })
    expect(findPage(tree, ['chuc-nang', 'ban-tuyen-giao'])).toMatchObject({ kind: 'moved' })
  })

  it('answers missing for unknown slugs, the root slug repeated, and a tree without root', () => {
    expect(findPage(tree, ['khong-co'])).toEqual({ kind: 'missing' })
    expect(findPage(tree, ['gioi-thieu'])).toEqual({ kind: 'missing' })
    expect(findPage(buildPageTree(PAGES.slice(1)), [])).toEqual({ kind: 'missing' })
  })
})

describe('pageCrumbs', () => {
  const tree = buildPageTree(PAGES)

  it('runs from the home page through the root page and the parents to the page', () => {
    expect(pageCrumbs(tree, tree.byId.get('ban')!)).toEqual([
      { label: 'Trang chủ', href: '/' },
      { label: 'Trang root', href: '/gioi-thieu' },
      { label: 'Trang co', href: '/gioi-thieu/co-cau' },
      { label: 'Trang ban' },
    ])
    expect(pageCrumbs(tree, tree.root!)).toEqual([
      { label: 'Trang chủ', href: '/' },
      { label: 'Trang root' },
    ])
  })
})
