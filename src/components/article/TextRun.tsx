import type { ReactNode } from 'react'

import { FORMAT, type LexNode, num, str } from '@/site/lexical/nodes'

/** One text node with its bold/italic/… marks, outermost first as Lexical's own HTML does. */
export function TextRun({ node }: { node: LexNode }) {
  const format = num(node.format)
  let out: ReactNode = str(node.text)
  if (format & FORMAT.code) out = <code>{out}</code>
  if (format & FORMAT.subscript) out = <sub>{out}</sub>
  if (format & FORMAT.superscript) out = <sup>{out}</sup>
  if (format & FORMAT.strikethrough) out = <s>{out}</s>
  if (format & FORMAT.underline) out = <u>{out}</u>
  if (format & FORMAT.italic) out = <em>{out}</em>
  if (format & FORMAT.bold) out = <strong>{out}</strong>
  return <>{out}</>
}
