import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { DEFAULT_LOCALE } from '@/i18n/locales'

/**
 * Payload checks a localized required field only in the locale being saved, so a page, leader
 * or unit created and published from the admin's English view would go live on the Vietnamese
 * site without its Vietnamese title (an empty <h1>, an empty link, a sitemap entry). Publishing
 * is refused until the Vietnamese version of the required fields is filled in. Drafts pass.
 */
export interface RequiredField {
  name: string
  label: string
}

/**
 * The Vietnamese text of the last published version: a publish in another language keeps the
 * other languages as they were last published (@/hooks/publish-one-locale), so that is what goes
 * live, not a Vietnamese draft.
 */
async function publishedVietnamese(req: PayloadRequest, collection: CollectionSlug, id: unknown) {
  // The Local API sets its locale on the request it is handed: the save keeps its own.
  const { locale, fallbackLocale } = req
  try {
    const { docs } = await req.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      locale: DEFAULT_LOCALE,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return (docs[0]?.version ?? null) as unknown as Record<string, unknown> | null
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

export const requireVietnamese =
  (collection: CollectionSlug, fields: RequiredField[]): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (data._status !== 'published') return data
    const vi: Record<string, unknown> =
      req.locale === DEFAULT_LOCALE
        ? data
        : operation === 'update' && originalDoc?.id != null
          ? ((await publishedVietnamese(req, collection, originalDoc.id)) ?? {})
          : {}
    const missing = fields.filter((f) => !filled(vi[f.name]))
    if (missing.length === 0) return data
    const names = missing.map((f) => `"${f.label}"`).join(', ')
    throw new APIError(
      `Chưa thể xuất bản: bản tiếng Việt chưa có ${names}. Hãy nhập và xuất bản bản tiếng Việt trước (chọn ngôn ngữ Tiếng Việt).`,
      400,
      null,
      true,
    )
  }
