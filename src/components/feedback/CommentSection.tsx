import type { Article } from '@/payload-types'
import { approvedComments, feedbackSettings, formStateOfRequest } from '@/site/data/feedback'
import { formatDateTimeVi } from '@/site/format/date'

import { FeedbackForm } from './FeedbackForm'
import { Paragraphs } from './Paragraphs'

/** Under an article: its approved comments, oldest first, and the form (unless closed). */
export async function CommentSection({ article, sent }: { article: Article; sent: boolean }) {
  const [{ comments, total }, settings, state] = await Promise.all([
    approvedComments(article.id),
    feedbackSettings(),
    formStateOfRequest(),
  ])
  const closed =
    settings.commentsClosed || article.commentsClosed
      ? 'Chức năng gửi ý kiến cho bài viết này đã đóng.'
      : undefined
  return (
    <section id="y-kien" className="feedback" aria-labelledby="y-kien-tieu-de">
      <h2 id="y-kien-tieu-de" className="section__title">
        {/* One text node, so the heading reads (and is found) as one phrase. */}
        {total > 0 ? `Ý kiến bạn đọc (${total})` : 'Ý kiến bạn đọc'}
      </h2>
      {total > comments.length ? (
        <p>{`Hiển thị ${comments.length} ý kiến mới nhất trong tổng số ${total} ý kiến.`}</p>
      ) : null}
      {comments.length > 0 ? (
        <ol className="comments plain-list">
          {comments.map((c) => (
            <li key={c.id} id={`y-kien-${c.id}`} className="comment">
              <p className="comment__meta">
                <strong>{c.name}</strong> ·{' '}
                <time dateTime={c.createdAt}>{formatDateTimeVi(c.createdAt)}</time>
              </p>
              <div className="comment__text">
                <Paragraphs text={c.text} />
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">Chưa có ý kiến nào.</p>
      )}
      <FeedbackForm
        kind="comment"
        articleId={article.id}
        state={state}
        sent={sent}
        closed={closed}
      />
    </section>
  )
}
