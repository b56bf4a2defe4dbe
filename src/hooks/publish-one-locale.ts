import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { isLocale } from '@/i18n/locales'

/**
 * Publishing one language must never put another language's unreviewed draft live. Payload
 * builds a non-draft save of a localized collection with drafts from the latest version in every
 * locale, so an approver publishing the Vietnamese page would also publish an editor's newer
 * English draft (and the reverse). With `publishSpecificLocale` Payload merges only the request's
 * locale into the last published version and keeps the rest as a draft. The admin asks for it
 * when `defaultLocalePublishOption` is 'active' (src/i18n/locales.ts); this hook forces it for
 * every other caller (REST, GraphQL, Local API). Used by pages, leaders and units.
 */
export function publishOneLocale<S extends CollectionSlug>(): CollectionBeforeOperationHook<S> {
  return ({ args, operation, req }) => {
    if (operation !== 'update') return args
    const update = args as {
      draft?: boolean
      data?: { _status?: unknown }
      publishSpecificLocale?: string
    }
    if (update.draft || update.data?._status === 'draft') return args
    if (!isLocale(req.locale)) return args
    return { ...args, publishSpecificLocale: req.locale }
  }
}
