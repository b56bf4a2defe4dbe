import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * A question goes public only with its official answer and who gave it; the answer's date is
 * the moment it went public unless the editor set one.
 */
export const requireAnswer: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data } as {
    status?: string
    answer?: string | null
    answeredBy?: string | null
    answeredAt?: string | null
  }
  if (merged.status !== 'published') return data
  // One Vietnamese message (APIError keeps it on REST, GraphQL and in the admin's toast).
  const missing = [
    merged.answer?.trim() ? null : 'câu trả lời chính thức',
    merged.answeredBy?.trim() ? null : 'đơn vị hoặc người trả lời',
  ].filter(Boolean)
  if (missing.length > 0)
    throw new APIError(
      `Chưa thể công khai câu hỏi: cần có ${missing.join(' và ')}.`,
      400,
      null,
      true,
    )
  return merged.answeredAt ? data : { ...data, answeredAt: new Date().toISOString() }
}
