/**
 * What the organisation blocks of the standing pages show: published leaders (with the portraits
 * readers may see) and the published units of the organisation chart, in the page's language
 * (English without fallback: an untranslated field reads as empty).
 */
import type { Locale } from '@/i18n/locales'
import type { Leader, Unit } from '@/payload-types'
import { memoByVersion } from '@/site/cache/memo'

import { and, payloadClient, PUBLISHED } from './client'

const MAX_ROWS = 500

/** The picked leaders in the picked order, or every published leader by their order. */
export async function leadersForList(picked: string[], locale: Locale = 'vi'): Promise<Leader[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'leaders',
    locale,
    fallbackLocale: false,
    where: picked.length ? and(PUBLISHED, { id: { in: picked } }) : PUBLISHED,
    sort: ['order', 'name'],
    depth: 1,
    limit: MAX_ROWS,
    overrideAccess: false,
  })
  if (!picked.length) return docs
  const rank = new Map(picked.map((id, i) => [id, i]))
  return [...docs].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
}

export function publishedUnits(locale: Locale = 'vi'): Promise<Unit[]> {
  return memoByVersion(`units:${locale}`, async () => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'units',
      locale,
      fallbackLocale: false,
      where: PUBLISHED,
      sort: ['order', 'name'],
      depth: 0,
      limit: MAX_ROWS,
      pagination: false,
      overrideAccess: false,
    })
    return docs
  })
}
