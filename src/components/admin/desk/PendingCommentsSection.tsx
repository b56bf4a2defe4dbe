/**
 * The desk's "Ý kiến bạn đọc chờ duyệt" box: rendered only for people who may moderate reader
 * comments (pending-comments.ts); otherwise nothing at all.
 */
import type { Payload, PayloadRequest } from 'payload'

import { COMMENTS_SLUG, newestPendingComments } from './pending-comments'

export async function PendingCommentsSection({
  payload,
  user,
}: {
  payload: Payload
  user: NonNullable<PayloadRequest['user']>
}) {
  const pending = await newestPendingComments(payload, user)
  if (!pending) return null
  return (
    <section
      aria-labelledby="desk-comments-title"
      data-desk-section="comments"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '12px 16px',
      }}
    >
      <h2 id="desk-comments-title" style={{ fontSize: 18, margin: '0 0 8px' }}>
        Ý kiến bạn đọc chờ duyệt <span data-desk-count>({pending.total})</span>
      </h2>
      {pending.rows.length === 0 ? (
        <p style={{ margin: 0 }}>Không có ý kiến nào chờ duyệt.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {pending.rows.map((row) => (
            <li key={row.id} style={{ padding: '6px 0' }}>
              <a href={`/admin/collections/${COMMENTS_SLUG}/${row.id}`}>
                {row.excerpt || '(không có nội dung)'}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
