/**
 * The admin's 'schedule-publish' server function (the "Hẹn giờ" drawer) behind a publish check.
 * Payload's handler asks only whether the caller may open the admin: any signed-in account (a
 * stolen reporter's) could forge the request and, with `deleteID`, delete anyone's scheduled
 * publication or unpublication (job ids are small consecutive numbers), or, with `doc`, queue a
 * schedule on any article, which the desk then lists under "Đã lên lịch". The job itself runs
 * as the person who scheduled it and is refused there, but the harm is done by then. This
 * wrapper lets the call through only when the caller may publish each document it touches (the
 * one it schedules and the one whose schedule it deletes), by the rule Payload itself uses to
 * show the drawer: update access with `_status: 'published'` (approvers and admins, within their
 * categories, for articles).
 */
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import {
  docAccessOperation,
  docAccessOperationGlobal,
  type PayloadRequest,
  type ServerFunction,
} from 'payload'

type Args = Parameters<typeof schedulePublishHandler>[0]
type Target = { doc?: { relationTo?: unknown; value?: unknown } | null; global?: unknown }

export const SCHEDULE_REFUSED =
  'Chỉ lãnh đạo duyệt bài hoặc quản trị (trong chuyên mục được giao) được hẹn giờ đăng, gỡ bài hoặc hủy lịch đã hẹn.'

const PUBLISHING = { _status: 'published' }

/** Whether `req`'s user may publish what a schedule points at. */
async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  try {
    const slug = target.doc?.relationTo
    const id = target.doc?.value
    if (typeof slug === 'string' && (typeof id === 'string' || typeof id === 'number')) {
      const collection = req.payload.collections[slug as keyof typeof req.payload.collections]
      if (!collection) return false
      const access = await docAccessOperation({ id, collection, data: PUBLISHING, req })
      return Boolean(access.update)
    }
    if (typeof target.global === 'string') {
      const globalConfig = req.payload.config.globals.find((g) => g.slug === target.global)
      if (!globalConfig) return false
      return Boolean(
        (await docAccessOperationGlobal({ data: PUBLISHING, globalConfig, req })).update,
      )
    }
    return false
  } catch {
    // An access function that refuses by throwing refuses.
    return false
  }
}

/** The schedule job `deleteID` names: only a scheduled publication, judged by its target. */
async function mayDelete(req: PayloadRequest, deleteID: string | number): Promise<boolean> {
  const job = await req.payload.findByID({
    collection: 'payload-jobs',
    id: deleteID,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!job || job.taskSlug !== 'schedulePublish') return false
  const input = (job.input ?? {}) as Target
  return Boolean(input.doc || input.global) && (await mayPublish(req, input))
}

/** Whether the call may go through: a deletion and a new schedule each need publish rights. */
async function mayCall(req: PayloadRequest, args: Args): Promise<boolean> {
  const { deleteID, doc, global } = args
  if (!req.user) return false
  const deleting = deleteID !== undefined && deleteID !== null && deleteID !== ''
  const scheduling = Boolean(doc || global)
  // The drawer's "delete" sends only `deleteID` (Payload then queues an empty job, which does
  // nothing); any other call must name what it schedules.
  if (!deleting && !scheduling) return false
  if (deleting && !(await mayDelete(req, deleteID))) return false
  return !scheduling || mayPublish(req, { doc, global })
}

export const schedulePublishGuarded: ServerFunction<Args> = async (args) => {
  const { req } = args
  if (!(await mayCall(req, args))) {
    req.payload.logger.warn(`Refused schedule-publish by user ${String(req.user?.id ?? '-')}`)
    return { error: SCHEDULE_REFUSED }
  }
  return schedulePublishHandler(args)
}
