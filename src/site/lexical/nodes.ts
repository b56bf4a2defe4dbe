/** The slice of Lexical's serialized JSON the public site renders. Unknown nodes are skipped. */
export interface LexNode {
  type: string
  children?: LexNode[]
  [key: string]: unknown
}

export interface LexRoot {
  root: { children: LexNode[] }
}

export const isRoot = (value: unknown): value is LexRoot =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { root?: { children?: unknown } }).root?.children)

// Lexical's text format bit flags.
export const FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const

export const str = (value: unknown): string => (typeof value === 'string' ? value : '')

export const num = (value: unknown): number => (typeof value === 'number' ? value : 0)

export const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

/** Plain text of a subtree (for descriptions, feeds and search snippets). */
export function plainText(nodes: LexNode[] | undefined): string {
  if (!nodes) return ''
  return nodes
    .map((node) => {
      if (node.type === 'text') return str(node.text)
      if (node.type === 'linebreak') return '\n'
      const inner = plainText(node.children)
      return ['paragraph', 'heading', 'listitem', 'quote'].includes(node.type)
        ? `${inner}\n`
        : inner
    })
    .join('')
}
