// Vietnam has used UTC+7 without daylight saving since 1975, so one fixed offset is exact and
// needs no ICU data. The search engines, the site and the importer all convert with it.

export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** Calendar year in Vietnam time of a UTC instant (milliseconds), for year facets and filters. */
export function vietnamYear(ts: number): number {
  return new Date(ts + VIETNAM_OFFSET_MS).getUTCFullYear()
}
