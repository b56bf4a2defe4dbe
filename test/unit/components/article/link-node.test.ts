// Internal links in rich text (articles and standing pages): the admin's link drawer offers the
// collections the site can link to, and each is rendered at its own public address. A link to a
// topic or a category used to become /bai-viet/<its slug> (a 404), and the drawer also offered
// collections without a public page (comments, leaders, pages…), whose links went the same way.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { LinkNode } from '@/components/article/LinkNode'
import type { LexNode } from '@/site/lexical/nodes'

const internal = (relationTo: string, slug: string): LexNode =>
  ({
    type: 'link',
    fields: { linkType: 'internal', doc: { relationTo, value: { id: 'x', slug } } },
  }) as unknown as LexNode

const html = (node: LexNode) =>
  renderToStaticMarkup(createElement(LinkNode, { node, children: 'chữ' }))

describe('internal links', () => {
  it('lead to the public address of an article, a topic or a category', () => {
    expect(html(internal('articles', 'bai-a'))).toBe('<a href="/bai-viet/bai-a">chữ</a>')
    expect(html(internal('topics', 'chuyen-de-a'))).toBe('<a href="/chuyen-de/chuyen-de-a">chữ</a>')
    expect(html(internal('categories', 'tin-tuc'))).toBe('<a href="/chuyen-muc/tin-tuc">chữ</a>')
  })

  it('are plain text, never a broken /bai-viet/ link, for anything else', () => {
    for (const relationTo of ['pages', 'leaders', 'comments', 'users', 'media'])
      expect(html(internal(relationTo, 'gioi-thieu')), relationTo).toBe('chữ')
  })
})
