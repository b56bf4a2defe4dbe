import { obj, str } from '@/site/lexical/nodes'
import { urls } from '@/site/urls'

/** A pointer to an official document published as its own article (drafts are not linked). */
export function DocumentReferenceBlock({ fields }: { fields: Record<string, unknown> }) {
  const doc = obj(fields.document)
  const slug = str(doc.slug)
  if (!slug || doc._status !== 'published') return null
  const number = str(obj(doc.document).number)
  const note = str(fields.note)
  return (
    <aside className="doc-ref">
      <p className="doc-ref__label">Văn bản liên quan</p>
      <p className="doc-ref__title">
        <a href={urls.article(slug)}>
          {number ? `${number}: ` : ''}
          {str(doc.title)}
        </a>
      </p>
      {note ? <p className="doc-ref__note">{note}</p> : null}
    </aside>
  )
}
