import type { AfterErrorHook } from 'payload'

/**
 * Payload refuses to save a document someone else holds open (document locking, 423) with an
 * English sentence that does not say who. Over REST the second editor gets, in Vietnamese, who
 * is editing it and what to do. Only callers who may update the document reach the lock check
 * (access is checked first), so the holder's name goes only to staff who could edit it too.
 */
const SOMEONE_ELSE = 'Một người khác'
const LOCKED = /^Document with ID (\S+) is currently locked by another user/

export const translateLockErrors: AfterErrorHook = async ({ collection, error, req, result }) => {
  const match = LOCKED.exec(error.message)
  if (!result || !match || !collection) return
  const { docs } = await req.payload
    .find({
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: collection.slug } },
          { 'document.value': { equals: match[1] } },
        ],
      },
      sort: '-updatedAt',
      limit: 1,
      depth: 1,
      overrideAccess: true,
    })
    .catch(() => ({ docs: [] }))
  const holder = docs[0]?.user?.value
  // One wording for "someone else" whether the holder has no name or cannot be found; it opens
  // the sentence, so it is capitalised.
  const named =
    holder && typeof holder === 'object' ? (holder as { name?: string | null }).name : ''
  const who = named?.trim() || SOMEONE_ELSE
  return {
    status: 423,
    response: {
      ...result,
      errors: [
        {
          message: `${who} đang chỉnh sửa tài liệu này nên bạn chưa lưu được. Hãy chờ người đó đóng tài liệu (khóa tự hết sau 5 phút không thao tác) hoặc mở tài liệu trong trang quản trị và chọn tiếp quản.`,
        },
      ],
    },
  }
}
