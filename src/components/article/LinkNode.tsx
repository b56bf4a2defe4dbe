import type { ReactNode } from 'react'

import { type LexNode, obj, str } from '@/site/lexical/nodes'
import { urls } from '@/site/urls'

/** Internal links point at the article's public URL; external ones open safely in a new tab. */
function hrefOf(fields: Record<string, unknown>): string | null {
  if (fields.linkType === 'internal') {
    const value = obj(obj(fields.doc).value)
    const slug = str(value.slug)
    return slug ? urls.article(slug) : null
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
