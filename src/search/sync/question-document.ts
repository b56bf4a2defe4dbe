import type { Payload, PayloadRequest, Where } from 'payload'

import { nextTurn } from '@/lib/next-turn'
import type { Question } from '@/payload-types'
import type { IndexedEntry, SearchDocument } from '@/search/types'

/*
 * Answered, published questions (collections/Questions) in the site search, as documents of
 * kind `question` beside the articles: the question and the answer are the body, who answered
 * is the author, the answer's date the date. Their ids are the questions' UUIDs, which never
 * collide with articles' UUIDs, so the engines, the index task and reconciliation need no
 * second namespace.
 */
export const PUBLISHED_QUESTION: Where = { status: { equals: 'published' } }

export const questionUrl = (id: string) => `/hoi-dap/${id}`

export function questionTitle(q: Pick<Question, 'title' | 'question'>): string {
  if (q.title?.trim()) return q.title.trim()
  const firstLine = q.question.split('\n')[0] ?? q.question
  return firstLine.length > 120 ? `${firstLine.slice(0, 117).trimEnd()}…` : firstLine
}

export function questionToSearchDocument(q: Question): SearchDocument {
  return {
    id: q.id,
    slug: q.id,
    url: questionUrl(q.id),
    title: questionTitle(q),
    sapo: q.question,
    body: q.answer ?? '',
    captions: [],
    credits: [],
    authors: q.answeredBy ? [q.answeredBy] : [],
    kind: 'question',
    categories: [],
    tags: q.topic ? [q.topic] : [],
    publishedAt: q.answeredAt ?? q.updatedAt,
    updatedAt: q.updatedAt,
  }
}

/** The published question `id`, or null (never published, withdrawn, deleted, not a question). */
export async function findPublishedQuestion(
  req: PayloadRequest,
  id: string,
): Promise<Question | null> {
  const { docs } = await req.payload.find({
    collection: 'questions',
    where: { and: [{ id: { equals: id } }, PUBLISHED_QUESTION] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Every published question as index documents, page by page (full rebuilds). */
export async function* publishedQuestionDocuments(
  payload: Payload,
  pageSize = 200,
): AsyncGenerator<SearchDocument[]> {
  let last: string | null = null
  for (;;) {
    await nextTurn()
    const where: Where =
      last === null
        ? PUBLISHED_QUESTION
        : { and: [PUBLISHED_QUESTION, { id: { greater_than: last } }] }
    const { docs } = await payload.find({
      collection: 'questions',
      where,
      sort: 'id',
      depth: 0,
      limit: pageSize,
      pagination: false,
      overrideAccess: true,
    })
    if (docs.length > 0) yield docs.map(questionToSearchDocument)
    const tail = docs.at(-1)
    if (!tail || docs.length < pageSize) return
    last = tail.id
  }
}

/** Published questions in id order with their updatedAt (reconciliation, keyset paged). */
export async function* publishedQuestionEntries(
  payload: Payload,
  pageSize: number,
): AsyncGenerator<IndexedEntry> {
  for await (const page of publishedQuestionDocuments(payload, pageSize))
    for (const doc of page) yield { id: doc.id, updatedAt: doc.updatedAt ?? null }
}
