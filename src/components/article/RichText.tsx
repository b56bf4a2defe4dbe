import { Fragment, type ReactNode } from 'react'

import { DocumentReferenceBlockComponent } from '@/blocks/DocumentReference/Component'
import { GalleryBlockComponent } from '@/blocks/Gallery/Component'
import { InterviewBlockComponent } from '@/blocks/Interview/Component'
import { PhotoBlockComponent } from '@/blocks/Photo/Component'
import { asBodyBlock } from '@/blocks/types'
import { Figure } from '@/components/media/Figure'
import { isRoot, type LexNode, num, str } from '@/site/lexical/nodes'
import { asMedia } from '@/site/media'

import { LinkNode } from './LinkNode'
import { TextRun } from './TextRun'

interface Ctx {
  /** Only the first photo may load eagerly, and only when the page has no cover above it. */
  eagerLeft: number
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const

function alignClass(node: LexNode): string | undefined {
  const format = str(node.format)
  return ['center', 'right', 'justify'].includes(format) ? `align-${format}` : undefined
}

function block(node: LexNode, ctx: Ctx): ReactNode {
  const fields = asBodyBlock(node.fields)
  switch (fields?.blockType) {
    case 'photo':
      return <PhotoBlockComponent block={fields} priority={ctx.eagerLeft-- > 0} />
    case 'gallery':
      return <GalleryBlockComponent block={fields} />
    case 'interview':
      return <InterviewBlockComponent block={fields} />
    case 'documentReference':
      return <DocumentReferenceBlockComponent block={fields} />
    default:
      return null
  }
}

function render(node: LexNode, key: number, ctx: Ctx): ReactNode {
  const kids = () => node.children?.map((child, i) => render(child, i, ctx))
  switch (node.type) {
    case 'text':
      return <TextRun key={key} node={node} />
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return ' '
    case 'paragraph':
      return node.children?.length ? (
        <p key={key} className={alignClass(node)}>
          {kids()}
        </p>
      ) : null
    case 'heading': {
      // The headline is the page's only h1; body headings start at h2.
      const tag = HEADINGS.find((h) => h === str(node.tag)) ?? 'h2'
      const Tag = tag
      return <Tag key={key}>{kids()}</Tag>
    }
    case 'quote':
      return <blockquote key={key}>{kids()}</blockquote>
    case 'list': {
      const start = num(node.start)
      return node.listType === 'number' ? (
        <ol key={key} start={start > 1 ? start : undefined}>
          {kids()}
        </ol>
      ) : (
        <ul key={key}>{kids()}</ul>
      )
    }
    case 'listitem':
      return <li key={key}>{kids()}</li>
    case 'link':
    case 'autolink':
      return (
        <LinkNode key={key} node={node}>
          {kids()}
        </LinkNode>
      )
    case 'horizontalrule':
      return <hr key={key} />
    case 'upload': {
      const media = asMedia(node.value)
      return media ? <Figure key={key} media={media} priority={ctx.eagerLeft-- > 0} /> : null
    }
    case 'block':
      return <Fragment key={key}>{block(node, ctx)}</Fragment>
    default:
      return node.children ? <span key={key}>{kids()}</span> : null
  }
}

/** Renders Payload's Lexical JSON to plain server HTML: no client JavaScript at all. */
export function RichText({
  data,
  eagerFirstImage = false,
}: {
  data: unknown
  eagerFirstImage?: boolean
}) {
  if (!isRoot(data)) return null
  const ctx: Ctx = { eagerLeft: eagerFirstImage ? 1 : 0 }
  return <>{data.root.children.map((node, i) => render(node, i, ctx))}</>
}
