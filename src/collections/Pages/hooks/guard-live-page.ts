import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { APIError } from 'payload'

import { canPublish } from '@/access/roles'

import { PAGE_PUBLISH_REFUSED } from '../access'

/**
 * Second line behind the access rule (../access): a non-publisher may save drafts, but a save
 * that is not a draft writes the live page, which is publishing (an edit), or unpublishing
 * (`_status: 'draft'`), and so the approver's. Collection hooks do not see whether the operation
 * saves a draft, so the operation hook notes it; restoring a version counts the same way.
 * Trusted server code (no user: seed, migrations, jobs) passes.
 */
const DRAFT_SAVE = 'pageDraftSave'

export const markPageSaveMode: CollectionBeforeOperationHook<'pages'> = ({
  args,
  operation,
  req,
}) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion')
    req.context[DRAFT_SAVE] = Boolean((args as { draft?: boolean }).draft)
  return args
}

async function storedStatus(req: PayloadRequest, id: unknown): Promise<string | null> {
  if (id == null) return null
  const stored = await req.payload.findByID({
    collection: 'pages',
    id: String(id),
    select: { _status: true },
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return stored?._status ?? null
}

export const guardLivePage: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user || canPublish(req.user)) return data
  const refuse = () => {
    req.payload.logger.warn(`Refused a live page write by user ${req.user?.id}`)
    throw new APIError(PAGE_PUBLISH_REFUSED, 403, null, true)
  }
  if (data._status === 'published') refuse()
  const draftSave = req.context[DRAFT_SAVE] === true
  if (operation === 'update' && !draftSave) {
    if ((await storedStatus(req, originalDoc?.id)) === 'published') refuse()
  }
  return data
}
