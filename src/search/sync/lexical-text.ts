/**
 * Plain text and photo captions/credits out of an article's Lexical body, for indexing.
 * Pure: works on the JSON only; populated media (depth ≥ 1) supplies fallback captions.
 */

interface Node {
  type?: string
  text?: string
  children?: Node[]
  fields?: Record<string, unknown>
}

export interface BodyText {
  text: string
  captions: string[]
  credits: string[]
  mediaIds: string[]
}

interface MediaLike {
  id?: string
  caption?: string | null
  credit?: string | null
}

const BLOCK_ELEMENTS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablecell'])

function asMedia(value: unknown): MediaLike | undefined {
  if (typeof value === 'string') return { id: value }
  if (value && typeof value === 'object') return value as MediaLike
  return undefined
}

function photo(out: BodyText, mediaValue: unknown, caption: unknown, credit: unknown): void {
  const media = asMedia(mediaValue)
  const cap = (typeof caption === 'string' && caption.trim()) || media?.caption || ''
  const cred = (typeof credit === 'string' && credit.trim()) || media?.credit || ''
  if (cap) out.captions.push(cap)
  if (cred) out.credits.push(cred)
  if (media?.id) out.mediaIds.push(media.id)
}

function visitBlock(out: BodyText, lines: string[], fields: Record<string, unknown>): void {
  switch (fields.blockType) {
    case 'photo':
      photo(out, fields.media, fields.caption, fields.credit)
      break
    case 'gallery':
      for (const image of (fields.images as Array<Record<string, unknown>> | undefined) ?? []) {
        photo(out, image.media, image.caption, image.credit)
      }
      break
    case 'interview':
      for (const turn of (fields.turns as Array<Record<string, unknown>> | undefined) ?? []) {
        lines.push(`${String(turn.speaker ?? '')}: ${String(turn.text ?? '')}`)
      }
      break
  }
}

function visit(node: Node, out: BodyText, lines: string[], current: string[]): void {
  if (node.type === 'text' && typeof node.text === 'string') current.push(node.text)
  else if (node.type === 'linebreak') current.push(' ')
  else if ((node.type === 'block' || node.type === 'inlineBlock') && node.fields) {
    visitBlock(out, lines, node.fields)
  }
  for (const child of node.children ?? []) {
    const own = BLOCK_ELEMENTS.has(child.type ?? '') ? [] : current
    visit(child, out, lines, own)
    if (own !== current && own.length) lines.push(own.join('').trim())
  }
}

export function lexicalText(body: unknown): BodyText {
  const out: BodyText = { text: '', captions: [], credits: [], mediaIds: [] }
  const root = (body as { root?: Node } | null | undefined)?.root
  if (!root) return out
  const lines: string[] = []
  const loose: string[] = []
  visit(root, out, lines, loose)
  if (loose.length) lines.push(loose.join('').trim())
  out.text = lines.filter(Boolean).join('\n')
  return out
}
