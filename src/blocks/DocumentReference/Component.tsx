import type { DocumentReferenceBlock } from '@/payload-types'
import { urls } from '@/site/urls'

/** A pointer to an official document published as its own article (drafts are not linked). */
export function DocumentReferenceBlockComponent({ block }: { block: DocumentReferenceBlock }) {
  const doc = typeof block.document === 'object' ? block.document : null
  if (!doc?.slug || doc._status !== 'published') return null
  const number = doc.document?.number ?? ''
  const note = block.note ?? ''
  return (
    <aside className="doc-ref">
      <p className="doc-ref__label">Văn bản liên quan</p>
      <p className="doc-ref__title">
        <a href={urls.article(doc.slug)}>
          {number ? `${number}: ` : ''}
          {doc.title}
        </a>
      </p>
      {note ? <p className="doc-ref__note">{note}</p> : null}
    </aside>
  )
}
