import type { PayloadRequest } from 'payload'

import { bumpContentVersion } from './content-version'
import { recordContentChange } from './shared-version'

/*
 * afterChange hooks run inside the database transaction, before it commits. A reader who
 * arrives in that gap would render the old content and store it under the new version, so the
 * version is bumped again once the commit has surely happened. Readers see the change at once,
 * or at worst one second later. Other processes (other web servers; the server when the write
 * came from `cms import` or `cms seed`) learn of it from the row recorded here, which commits
 * with the change itself.
 */
const LATE_BUMPS_MS = [150, 1000]

export async function invalidateSite(req: PayloadRequest): Promise<void> {
  bumpContentVersion()
  for (const delay of LATE_BUMPS_MS) setTimeout(bumpContentVersion, delay).unref()
  await recordContentChange(req)
}
