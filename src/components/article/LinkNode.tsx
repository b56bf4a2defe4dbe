import type { ReactNode } from 'react'

import { internalHref } from '@/site/lexical/internal-links'
import { type LexNode, obj, str } from '@/site/lexical/nodes'

/**
 * Internal links point at their target's public URL (an article, a topic or a category; anything
 * else has no page and stays plain text); external ones open safely in a new tab.
 */
function hrefOf(fields: Record<string, unknown>): string | null {
  if (fields.linkType === 'internal') {
    const doc = obj(fields.doc)
    return internalHref(doc.relationTo, str(obj(doc.value).slug))
  }
  const url = str(fields.url)
  return /^(https?:|mailto:|tel:|\/|#)/i.test(url) ? url : null
}

export function LinkNode({ node, children }: { node: LexNode; children: ReactNode }) {
  const fields = obj(node.fields)
  const href = hrefOf(fields)
  if (!href) return <>{children}</>
  const external = /^https?:/i.test(href)
  return (
    <a
      href={href}
      {...(external && fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
    </a>
  )
}
