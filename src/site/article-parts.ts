import type { Article, Category, Tag } from '@/payload-types'

import { isRoot, type LexNode, obj } from './lexical/nodes'

export const populatedCategories = (article: Article): Category[] =>
  (article.categories ?? []).filter((c): c is Category => typeof c === 'object' && c !== null)

export const populatedTags = (article: Article): Tag[] =>
  (article.tags ?? []).filter((t): t is Tag => typeof t === 'object' && t !== null)

/** Ids of photos already placed in the body, so the cover is not shown twice. */
export function bodyMediaIds(body: unknown): Set<string> {
  const ids = new Set<string>()
  const idOf = (value: unknown): string | null =>
    typeof value === 'string'
      ? value
      : typeof obj(value).id === 'string'
        ? (obj(value).id as string)
        : null
  const walk = (nodes: LexNode[] | undefined) => {
    for (const node of nodes ?? []) {
      const fields = obj(node.fields)
      if (node.type === 'upload') {
        const id = idOf(node.value)
        if (id) ids.add(id)
      } else if (node.type === 'block' && fields.blockType === 'photo') {
        const id = idOf(fields.media)
        if (id) ids.add(id)
      }
      walk(node.children)
    }
  }
  if (isRoot(body)) walk(body.root.children as LexNode[])
  return ids
}
