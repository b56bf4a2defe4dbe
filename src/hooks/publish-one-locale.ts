import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/locales'

/**
 * Publishing one language must never put another language's unreviewed draft live. Payload
 * builds a non-draft save of a localized collection with drafts from the latest version in every
 * locale, so an approver publishing the Vietnamese page would also publish an editor's newer
 * English draft (and the reverse). With `publishSpecificLocale` Payload merges only the request's
 * locale into the last published version and keeps the rest as a draft. The admin asks for it
 * when `defaultLocalePublishOption` is 'active' (src/i18n/locales.ts); this hook forces it for
 * every other caller (REST, GraphQL, Local API). A non-draft save without `_status` of a
 * published document (a Local API edit) is a publish of that language too: left alone, Payload
 * would take the status from the newest version, a draft after a one-language publish, and take
 * the document off the site. Used by pages, leaders and units.
 */
async function isPublished(req: PayloadRequest, collection: CollectionSlug, id: unknown) {
  // The Local API sets its locale on the request it is handed: the save keeps its own.
  const { locale, fallbackLocale } = req
  try {
    const stored = await req.payload.findByID({
      collection,
      id: String(id),
      draft: false,
      depth: 0,
      select: { _status: true } as never,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return (stored as { _status?: unknown } | null)?._status === 'published'
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

export function publishOneLocale<S extends CollectionSlug>(): CollectionBeforeOperationHook<S> {
  return async ({ args, collection, operation, req }) => {
    if (operation !== 'update') return args
    const update = args as {
      id?: unknown
      draft?: boolean
      data?: { _status?: unknown }
      publishSpecificLocale?: string
    }
    if (update.draft || !isLocale(req.locale)) return args
    const status = update.data?._status
    if (status === 'published') return { ...args, publishSpecificLocale: req.locale }
    if (status !== undefined || update.id == null || !update.data) return args
    if (!(await isPublished(req, collection.slug as CollectionSlug, update.id))) return args
    return {
      ...args,
      data: { ...update.data, _status: 'published' },
      publishSpecificLocale: req.locale,
    }
  }
}
