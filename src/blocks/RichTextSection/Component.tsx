import { RichText } from '@/components/article/RichText'
import type { RichTextSectionBlock } from '@/payload-types'

/** A text section of a standing page, rendered like an article body (server HTML only). */
export function RichTextSectionComponent({ block }: { block: RichTextSectionBlock }) {
  return (
    <section className="page-block page-block--text article-body">
      {block.heading ? <h2>{block.heading}</h2> : null}
      <RichText data={block.content} />
    </section>
  )
}
