import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

import { AUDIT_PRUNE_FLAG, AUDIT_WRITE_FLAG } from '../context-flags'

/**
 * Second guard behind the access functions, for code that passes overrideAccess: an entry is
 * never changed, is created only by `recordAudit`, and is deleted only by the retention job.
 */
export const refuseAuditChange: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  req,
}) => {
  if (operation === 'create' && context[AUDIT_WRITE_FLAG] === true) return data
  req.payload.logger.warn(
    `Refused ${operation} of an audit log entry by ${req.user?.id ?? 'server'}`,
  )
  throw new APIError('Nhật ký hệ thống chỉ được ghi thêm, không thể sửa.', 403, null, true)
}

export const refuseAuditDelete: CollectionBeforeDeleteHook = ({ context, id, req }) => {
  if (context[AUDIT_PRUNE_FLAG] === true) return
  req.payload.logger.warn(`Refused delete of audit log entry ${id} by ${req.user?.id ?? 'server'}`)
  throw new APIError('Không thể xóa nhật ký hệ thống.', 403, null, true)
}
