import type { Payload } from 'payload'

import { AUDIT_WRITE_FLAG } from '@/collections/AuditLog/context-flags'

/**
 * An audit entry written the way server code writes them (past the append-only guard), for
 * tests that then try to read, alter or delete it through the APIs.
 */
export async function auditEntry(payload: Payload, summary = 'mục thử'): Promise<string> {
  const entry = await payload.create({
    collection: 'audit-log',
    data: { at: new Date().toISOString(), action: 'update', actorEmail: 'test@test.vn', summary },
    overrideAccess: true,
    context: { [AUDIT_WRITE_FLAG]: true },
  })
  return String(entry.id)
}
