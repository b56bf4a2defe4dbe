import type { GlobalAfterChangeHook } from 'payload'

import { recordAudit } from '../record'
import { summarizeChanges } from '../summary'

/** Every change of a global (site settings, search settings …) with what changed. */
export const auditSettings: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  const summary = summarizeChanges(previousDoc, doc)
  if (!summary) return doc
  await recordAudit(
    req.payload,
    {
      action: 'settings-change',
      collectionSlug: global.slug,
      documentTitle: typeof global.label === 'string' ? global.label : global.slug,
      summary,
    },
    req,
  )
  return doc
}
