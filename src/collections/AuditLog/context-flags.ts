/**
 * Keys in Payload's `req.context` that let server code past the append-only guard
 * (hooks/append-only.ts). Clients cannot set `req.context` over REST, GraphQL or the admin, so
 * only code in this process can: `recordAudit` for new entries, the retention job for deletes.
 */
export const AUDIT_WRITE_FLAG = 'auditLog:write'
export const AUDIT_PRUNE_FLAG = 'auditLog:prune'
