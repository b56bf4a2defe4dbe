import type { PayloadRequest } from 'payload'

import { applyTarget } from './apply-target'
import { recordContentChange } from './shared-version'
import { EVERYTHING, type PageTarget } from './targets'

/*
 * Where the database has transactions (MongoDB), afterChange hooks run inside it, before it
 * commits. A reader who arrives in that gap would render the old content and keep it, so the
 * invalidation is applied again once the commit has surely happened. Readers see the change at
 * once, or at worst one second later. Other processes (other web servers; the server when the
 * write came from `cms import` or `cms seed`) learn of it from the row recorded here, which names
 * the same pages (shared-version.ts).
 */
const LATE_APPLY_MS = [150, 1000]

/** Drops the pages `target` names (null: nothing public changed), here and in every process. */
export async function invalidatePages(
  req: PayloadRequest,
  target: PageTarget | null,
): Promise<void> {
  if (!target) return
  applyTarget(target)
  for (const delay of LATE_APPLY_MS) setTimeout(() => applyTarget(target), delay).unref()
  await recordContentChange(req, target)
}

/** Clears every page and data cache: for changes whose pages cannot be known (menus, settings). */
export async function invalidateSite(req: PayloadRequest): Promise<void> {
  await invalidatePages(req, EVERYTHING)
}
