/**
 * Readers' comments and answered questions as the public sees them: approved comments of one
 * article and published questions, with public fields only (`select`): the contact, the address
 * hash and the moderator never leave the database on these paths. The collections themselves
 * are closed to the public, hence overrideAccess with the status in the query.
 */
import { headers } from 'next/headers'
import { cache } from 'react'

import { FORM_STATE_HEADER, type FormState, heldFormState } from '@/feedback/form-state'
import { stripInvisibleFormatting as visible } from '@/feedback/invisible-formatting'
import { type FeedbackSettingsView, readFeedbackSettings } from '@/feedback/settings'
import { isDocumentId } from '@/lib/document-id'
import { questionTitle } from '@/search/sync/question-document'

import { payloadClient } from './client'

export interface PublicComment {
  id: string
  name: string
  text: string
  createdAt: string
}

export interface PublicQuestion {
  id: string
  name: string
  topic: string | null
  title: string
  question: string
  answer: string
  answeredBy: string
  answeredAt: string
}

const QUESTION_PAGE_SIZE = 10
const MAX_COMMENTS_SHOWN = 200

/**
 * The approved comments of one article as shown under it: oldest first, at most
 * MAX_COMMENTS_SHOWN, and those the newest (the oldest 200 would hide every comment approved
 * after them), with the count of all of them.
 */
export const approvedComments = cache(
  async (articleId: string): Promise<{ comments: PublicComment[]; total: number }> => {
    const payload = await payloadClient()
    const { docs, totalDocs } = await payload.find({
      collection: 'comments',
      where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
      select: { name: true, text: true, createdAt: true },
      sort: '-createdAt',
      depth: 0,
      limit: MAX_COMMENTS_SHOWN,
      overrideAccess: true,
    })
    // Posts stored before invisible formatting was stripped on save are cleaned on the way out.
    const comments = docs.reverse().map((d) => ({
      id: d.id,
      name: visible(d.name),
      text: visible(d.text),
      createdAt: d.createdAt,
    }))
    return { comments, total: totalDocs }
  },
)

export const feedbackSettings = cache(async (): Promise<FeedbackSettingsView> =>
  readFeedbackSettings(await payloadClient()),
)

/** A refused submission shown again (only on the server's own re-render, by a random id). */
export async function formStateOfRequest(): Promise<FormState | null> {
  return heldFormState((await headers()).get(FORM_STATE_HEADER))
}

const PUBLIC_QUESTION = {
  name: true,
  topic: true,
  title: true,
  question: true,
  answer: true,
  answeredBy: true,
  answeredAt: true,
} as const

type QuestionRow = {
  id: string
  name: string
  topic?: string | null
  title?: string | null
  question: string
  answer?: string | null
  answeredBy?: string | null
  answeredAt?: string | null
  createdAt?: string
}

const toPublic = (d: QuestionRow): PublicQuestion => ({
  id: d.id,
  name: visible(d.name),
  topic: d.topic ? visible(d.topic) : null,
  title: visible(questionTitle(d)),
  question: visible(d.question),
  answer: d.answer ?? '',
  answeredBy: d.answeredBy ?? '',
  answeredAt: d.answeredAt ?? '',
})

export async function answeredQuestions(page: number) {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'questions',
    where: { status: { equals: 'published' } },
    select: PUBLIC_QUESTION,
    sort: ['-answeredAt', '-id'],
    depth: 0,
    limit: QUESTION_PAGE_SIZE,
    page,
    overrideAccess: true,
  })
  return {
    questions: result.docs.map((d) => toPublic(d as QuestionRow)),
    page: result.page ?? page,
    totalPages: result.totalPages,
    total: result.totalDocs,
  }
}

export const publishedQuestion = cache(async (id: string): Promise<PublicQuestion | null> => {
  if (!isDocumentId(id)) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'questions',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'published' } }] },
    select: PUBLIC_QUESTION,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ? toPublic(docs[0] as QuestionRow) : null
})
