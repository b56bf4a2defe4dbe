import type { PublicQuestion } from '@/site/data/feedback'
import { formatDateTimeVi } from '@/site/format/date'
import { urls } from '@/site/urls'

import { Paragraphs } from './Paragraphs'

interface Props {
  q: PublicQuestion
  /** In the list the title links to the question's own page; on that page it is the h1. */
  heading: 'h1' | 'h2'
}

/** One published question with the body's official answer (who answered, when). */
export function QuestionAnswer({ q, heading }: Props) {
  const Heading = heading
  return (
    <article className="qa" id={`cau-hoi-${q.id}`} aria-labelledby={`cau-hoi-${q.id}-tieu-de`}>
      <Heading
        id={`cau-hoi-${q.id}-tieu-de`}
        className={heading === 'h1' ? 'page-title' : 'qa__title'}
      >
        {heading === 'h2' ? <a href={urls.question(q.id)}>{q.title}</a> : q.title}
      </Heading>
      <div className="qa__question">
        <p className="qa__meta">
          Bạn đọc <strong>{q.name}</strong> hỏi
          {q.topic ? <> (lĩnh vực: {q.topic})</> : null}:
        </p>
        <Paragraphs text={q.question} />
      </div>
      <div className="qa__answer">
        <p className="qa__meta">
          <strong>{q.answeredBy}</strong> trả lời
          {q.answeredAt ? (
            <>
              {' '}
              ngày <time dateTime={q.answeredAt}>{formatDateTimeVi(q.answeredAt)}</time>
            </>
          ) : null}
          :
        </p>
        <Paragraphs text={q.answer} />
      </div>
    </article>
  )
}
