import type { PayloadRequest } from 'payload'

import { refId } from './ids'

/**
 * Four-eyes rule (site setting `fourEyes`, on by default): nobody publishes an article they
 * wrote or were the last to edit. Returns the Vietnamese refusal, or null when allowed.
 */
export async function checkFourEyes(
  req: PayloadRequest,
  userId: string | number,
  article: { createdBy?: unknown; lastEditedBy?: unknown } | undefined,
): Promise<string | null> {
  const site = await req.payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true, req })
  if ((site as { fourEyes?: boolean | null }).fourEyes === false) return null
  const me = String(userId)
  if (refId(article?.createdBy) === me)
    return 'Nguyên tắc bốn mắt: bạn không được duyệt đăng bài do chính mình viết. Hãy nhờ một lãnh đạo duyệt bài khác.'
  if (refId(article?.lastEditedBy) === me)
    return 'Nguyên tắc bốn mắt: bạn là người sửa bài này lần cuối nên không được tự duyệt đăng. Hãy nhờ một lãnh đạo duyệt bài khác.'
  return null
}
