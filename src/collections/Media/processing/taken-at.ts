import exifr from 'exifr'

/**
 * When a photo was taken, from its EXIF, read before the pipeline strips the metadata.
 * DateTimeOriginal is a wall-clock time without a zone ("2026:11:20 08:15:30"); phones add
 * OffsetTimeOriginal ("+07:00"). Without an offset the camera is taken to be on Vietnam time,
 * which is where this portal's reporters work. Missing or malformed dates give null: a photo
 * without EXIF (a screenshot, a scan) is still accepted.
 */
export const DEFAULT_OFFSET = '+07:00'

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/
const OFFSET = /^[+-]\d{2}:\d{2}$/

/** Pure: an EXIF date and optional offset to an ISO instant, or null. */
export function exifDateToIso(date: unknown, offset?: unknown): string | null {
  if (typeof date !== 'string') return null
  const match = EXIF_DATE.exec(date.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match
  const zone =
    typeof offset === 'string' && OFFSET.test(offset.trim()) ? offset.trim() : DEFAULT_OFFSET
  const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`)
  if (isNaN(instant.getTime()) || Number(y) < 1990) return null
  return instant.toISOString()
}

export async function readTakenAt(data: Buffer): Promise<string | null> {
  try {
    const tags = (await exifr.parse(data, {
      pick: ['DateTimeOriginal', 'OffsetTimeOriginal', 'CreateDate', 'OffsetTime'],
      reviveValues: false,
    })) as Record<string, unknown> | undefined
    if (!tags) return null
    return (
      exifDateToIso(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ??
      exifDateToIso(tags.CreateDate, tags.OffsetTime)
    )
  } catch {
    return null
  }
}
