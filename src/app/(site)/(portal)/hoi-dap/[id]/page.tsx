import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { QuestionAnswer } from '@/components/feedback/QuestionAnswer'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { publishedQuestion } from '@/site/data/feedback'
import { absoluteUrl } from '@/site/env'
import { urls } from '@/site/urls'

interface Props {
  params: Promise<{ id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = await publishedQuestion((await params).id)
  if (!q) return { title: 'Không tìm thấy câu hỏi' }
  return {
    title: `Hỏi đáp: ${q.title}`,
    description: q.question.slice(0, 160),
    alternates: { canonical: absoluteUrl(urls.question(q.id)) },
  }
}

/** One answered question at its own address (what the site search links to). */
export default async function QuestionPage({ params }: Props) {
  const q = await publishedQuestion((await params).id)
  if (!q) notFound()
  return (
    <div className="wrap">
      <Breadcrumbs
        items={[
          { label: 'Trang chủ', href: urls.home() },
          { label: 'Hỏi đáp', href: urls.questions() },
          { label: q.title },
        ]}
      />
      <QuestionAnswer q={q} heading="h1" />
      <p>
        <a href={`${urls.questions()}#dat-cau-hoi`}>Gửi câu hỏi của bạn</a>
      </p>
    </div>
  )
}
