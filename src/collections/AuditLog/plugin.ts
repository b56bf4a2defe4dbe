/**
 * Wires the audit trail into the other collections and globals without touching their files
 * (which other work changes in parallel): deletes everywhere, publish/unpublish and version
 * restores on versioned collections, logins and role changes on users, every global's changes,
 * and failed logins through the config's afterError. The AuditLog collection itself is listed in
 * payload.config.ts like any other.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { auditDelete } from './hooks/audit-delete'
import {
  auditLogin,
  auditLoginFailure,
  auditLogout,
  rememberLoginAttempt,
} from './hooks/audit-login'
import { auditPublish, rememberPublished } from './hooks/audit-publish'
import { auditRestore } from './hooks/audit-restore'
import { auditRoles } from './hooks/audit-roles'
import { auditSettings } from './hooks/audit-settings'
import { AUDIT_SLUG } from './record'

/** Internal collections whose rows are not editorial documents (a person's own notices included). */
const NOT_AUDITED = new Set([AUDIT_SLUG, 'content-changes', 'notifications', 'form-token-uses'])

function withAudit(collection: CollectionConfig): CollectionConfig {
  if (NOT_AUDITED.has(collection.slug)) return collection
  const hooks = { ...collection.hooks }
  const action = collection.upload ? 'media-delete' : 'delete'
  hooks.afterDelete = [...(hooks.afterDelete ?? []), auditDelete(action)]
  if (collection.versions) {
    hooks.afterOperation = [...(hooks.afterOperation ?? []), auditRestore]
    if (typeof collection.versions === 'object' && collection.versions.drafts) {
      hooks.beforeChange = [...(hooks.beforeChange ?? []), rememberPublished]
      hooks.afterChange = [...(hooks.afterChange ?? []), auditPublish]
    }
  }
  if (collection.auth) {
    // First, so logins the throttle refuses are remembered (and recorded as failed) too.
    hooks.beforeOperation = [rememberLoginAttempt, ...(hooks.beforeOperation ?? [])]
    hooks.afterLogin = [...(hooks.afterLogin ?? []), auditLogin]
    hooks.afterLogout = [...(hooks.afterLogout ?? []), auditLogout]
    hooks.afterChange = [...(hooks.afterChange ?? []), auditRoles]
  }
  return { ...collection, hooks }
}

export const auditTrail: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withAudit),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), auditSettings] },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), auditLoginFailure] },
})
