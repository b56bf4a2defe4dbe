import type { CollectionConfig } from 'payload'

/**
 * One row per change that can show on public pages, written in the same transaction as the
 * change by the cache hooks of every process (server, `cms import`, `cms seed`, jobs). Each
 * server polls the recent rows (src/site/cache/shared-version.ts), so a write from another
 * process clears the pages it makes stale (`target`, see src/site/cache/targets.ts; none means
 * every page) and the data caches within about a second. Rows are inserts only, so
 * concurrent writers never contend on one document; old rows are pruned by the servers.
 * Internal: hidden from the admin and closed to every API.
 */
export const ContentChanges: CollectionConfig<'content-changes'> = {
  slug: 'content-changes',
  labels: { singular: 'Thay đổi nội dung', plural: 'Thay đổi nội dung' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  timestamps: true,
  fields: [{ name: 'target', type: 'json' }],
}
