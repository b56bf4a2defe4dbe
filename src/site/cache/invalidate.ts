import { bumpContentVersion } from './content-version'

/*
 * afterChange hooks run inside the database transaction, before it commits. A reader who
 * arrives in that gap would render the old content and store it under the new version, so the
 * version is bumped again once the commit has surely happened. Readers see the change at once,
 * or at worst one second later.
 */
const LATE_BUMPS_MS = [150, 1000]

export function invalidateSite(): void {
  bumpContentVersion()
  for (const delay of LATE_BUMPS_MS) setTimeout(bumpContentVersion, delay).unref()
}
