import crypto from 'node:crypto'

/** Minimal builders for Payload's Lexical JSON, used by the seed and the importer. */

export interface LexicalNode {
  type: string
  version: number
  [key: string]: unknown
}

export interface LexicalDocument {
  root: {
    type: 'root'
    format: ''
    indent: 0
    version: 1
    direction: 'ltr'
    children: LexicalNode[]
  }
  [key: string]: unknown
}

const textNode = (text: string, format = 0): LexicalNode => ({
  type: 'text',
  version: 1,
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children,
  ...extra,
})

/** A paragraph; `**bold**` runs become bold text (format bit 1). */
export function paragraph(text: string): LexicalNode {
  const parts = text.split(/\*\*(.+?)\*\*/g)
  const children = parts
    .map((part, i) => (part ? textNode(part, i % 2 === 1 ? 1 : 0) : null))
    .filter((node): node is LexicalNode => node !== null)
  return element('paragraph', children, { textFormat: 0, textStyle: '' })
}

export function heading(text: string, tag: 'h2' | 'h3' = 'h2'): LexicalNode {
  return element('heading', [textNode(text)], { tag })
}

export function bulletList(items: string[]): LexicalNode {
  const children = items.map((item, i) => element('listitem', [textNode(item)], { value: i + 1 }))
  return element('list', children, { listType: 'bullet', start: 1, tag: 'ul' })
}

export function block(blockType: string, fields: Record<string, unknown>): LexicalNode {
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: crypto.randomBytes(12).toString('hex'), blockName: '', blockType, ...fields },
  }
}

export function lexicalDocument(children: LexicalNode[]): LexicalDocument {
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } }
}
