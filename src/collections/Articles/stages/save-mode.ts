import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * Collection hooks do not see whether an update saves a draft (`?draft=true`) or writes the live
 * document, yet the stage hook must tell a draft saved over a live article from an unpublish.
 * This operation hook notes it in the request context, and makes `stage: 'unpublished'` act on
 * the live document even when the admin sends it as a draft save. It also notes a Local API
 * update of `{ _status: 'draft' }` alone: that is Payload's scheduled unpublish job, which cannot
 * give a reason.
 */
const DRAFT_SAVE = 'articleDraftSave'
const BARE_UNPUBLISH = 'articleBareUnpublish'

export const SCHEDULED_UNPUBLISH_REASON = 'Gỡ bài theo lịch đã đặt'

export const markSaveMode: CollectionBeforeOperationHook<'articles'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'create') return args
  const a = args as { draft?: boolean; data?: Record<string, unknown> }
  const data = a.data
  // Not a publish: the admin's form sends the current stage with every save, so "Xuất bản" on
  // an unpublished article carries `stage: 'unpublished'` too, and must stay a publish attempt.
  if (
    data &&
    operation === 'update' &&
    data.stage === 'unpublished' &&
    data._status !== 'published'
  ) {
    a.draft = false
    data._status = 'draft'
  }
  req.context[DRAFT_SAVE] = Boolean(a.draft)
  req.context[BARE_UNPUBLISH] =
    req.payloadAPI === 'local' &&
    !a.draft &&
    data?._status === 'draft' &&
    Object.keys(data).length === 1
  return args
}

export const isDraftSave = (req: PayloadRequest): boolean => req.context[DRAFT_SAVE] === true
export const isBareUnpublish = (req: PayloadRequest): boolean =>
  req.context[BARE_UNPUBLISH] === true
