import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FeedbackForm } from '@/components/feedback/FeedbackForm'
import { QuestionAnswer } from '@/components/feedback/QuestionAnswer'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Pagination } from '@/components/lists/Pagination'
import { pageParam } from '@/site/data/cards'
import { answeredQuestions, feedbackSettings, formStateOfRequest } from '@/site/data/feedback'
import { absoluteUrl } from '@/site/env'
import { param, QUESTIONS_PARAMS } from '@/site/page-params'
import { urls } from '@/site/urls'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageParam(param(await searchParams, QUESTIONS_PARAMS, 'trang'))
  return {
    title: page > 1 ? `Hỏi đáp – Trang ${page}` : 'Hỏi đáp',
    description: 'Câu hỏi của bạn đọc và câu trả lời chính thức.',
    alternates: { canonical: absoluteUrl(urls.questions(page)) },
  }
}

/** Answered questions, newest answer first, 10 a page, and the form to ask one. */
export default async function QuestionsPage({ searchParams }: Props) {
  const params = await searchParams
  const page = pageParam(param(params, QUESTIONS_PARAMS, 'trang'))
  const sent = param(params, QUESTIONS_PARAMS, 'da-gui') === '1'
  const [result, settings, state] = await Promise.all([
    answeredQuestions(page),
    feedbackSettings(),
    formStateOfRequest(),
  ])
  if (page > 1 && result.questions.length === 0) notFound()
  return (
    <div className="wrap">
      <Breadcrumbs items={[{ label: 'Trang chủ', href: urls.home() }, { label: 'Hỏi đáp' }]} />
      <h1 className="page-title">Hỏi đáp</h1>
      <p className="lede">
        Câu hỏi của bạn đọc gửi tới cơ quan và câu trả lời chính thức. Có {result.total} câu hỏi đã
        được trả lời.
      </p>
      {result.questions.length > 0 ? (
        <div className="qa-list">
          {result.questions.map((q) => (
            <QuestionAnswer key={q.id} q={q} heading="h2" />
          ))}
        </div>
      ) : (
        <p className="empty-state">Chưa có câu hỏi nào được trả lời.</p>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={urls.questions} />
      <section id="dat-cau-hoi" className="feedback" aria-label="Gửi câu hỏi">
        <FeedbackForm
          kind="question"
          state={state}
          sent={sent}
          closed={
            settings.questionsClosed
              ? 'Cổng thông tin tạm ngừng nhận câu hỏi. Xin vui lòng quay lại sau.'
              : undefined
          }
        />
      </section>
    </div>
  )
}
