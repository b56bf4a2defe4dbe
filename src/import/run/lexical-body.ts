import type { InterviewTurn, ParsedBodyBlock } from '@/import/parse/types'
import {
  block,
  bulletList,
  heading,
  type LexicalDocument,
  lexicalDocument,
  type LexicalNode,
} from '@/lib/lexical/build'

/**
 * A paragraph of plain text. The shared `paragraph` builder reads `**bold**` markup, which an
 * imported text never contains on purpose, so literal asterisks must stay literal here.
 */
export function plainParagraph(text: string): LexicalNode {
  return {
    type: 'paragraph',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }
}

export function interviewTurns(turns: InterviewTurn[]): Array<Record<string, string>> {
  return turns
    .filter((t) => t.text.trim() && t.speaker.trim())
    .map((t) => ({ speaker: t.speaker, role: t.isQuestion ? 'question' : 'answer', text: t.text }))
}

function toNode(b: ParsedBodyBlock, media: string | undefined): LexicalNode | undefined {
  switch (b.type) {
    case 'paragraph':
      return b.text.trim() ? plainParagraph(b.text) : undefined
    case 'heading':
      return heading(b.text, 'h2')
    case 'list':
      return b.items.length ? bulletList(b.items) : undefined
    case 'photo':
      return block('photo', {
        ...(media ? { media } : {}),
        caption: b.caption,
        credit: b.credit ?? '',
        size: 'article',
      })
    case 'interview': {
      const turns = interviewTurns(b.turns)
      return turns.length ? block('interview', { turns }) : undefined
    }
  }
}

/**
 * Parsed body blocks → the Lexical document of `articles.body`, in order. `mediaByIndex` holds
 * the uploaded image for a photo block (by body index); photos without one keep their caption
 * and credit so the editor can attach the picture later.
 */
export function toLexicalBody(
  body: ParsedBodyBlock[],
  mediaByIndex: ReadonlyMap<number, string> = new Map(),
): LexicalDocument {
  const nodes = body
    .map((b, i) => toNode(b, mediaByIndex.get(i)))
    .filter((n): n is LexicalNode => n !== undefined)
  return lexicalDocument(nodes)
}
