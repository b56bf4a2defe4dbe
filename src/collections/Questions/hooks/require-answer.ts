import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

/**
 * A question goes public only with its official answer and who gave it; the answer's date is
 * the moment it went public unless the editor set one.
 */
export const requireAnswer: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as {
    status?: string
    answer?: string | null
    answeredBy?: string | null
    answeredAt?: string | null
  }
  if (merged.status !== 'published') return data
  const errors: { path: string; message: string }[] = []
  if (!merged.answer?.trim())
    errors.push({ path: 'answer', message: 'Cần có câu trả lời chính thức trước khi công khai.' })
  if (!merged.answeredBy?.trim())
    errors.push({ path: 'answeredBy', message: 'Cần ghi đơn vị hoặc người trả lời.' })
  if (errors.length > 0) throw new ValidationError({ collection: 'questions', errors, req })
  return merged.answeredAt ? data : { ...data, answeredAt: new Date().toISOString() }
}
