import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { normalizeRedirectPath } from './normalize-path'
import { type RedirectTarget, resolveRedirect } from './resolve-chain'

/**
 * Refuses a redirect that closes a ring with the saved ones (A→B when B→A exists, or a longer
 * ring): readers would be sent round it until the browser gives up. Runs on save only, against
 * the table as it will be after this save.
 */
export const refuseRedirectLoops: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const from = normalizeRedirectPath(String(data.from ?? originalDoc?.from ?? ''))
  const to = String(data.to ?? originalDoc?.to ?? '')
  const { docs } = await req.payload.find({
    collection: 'redirects',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const table = new Map<string, RedirectTarget>()
  for (const doc of docs) {
    if (doc.id !== originalDoc?.id) table.set(doc.from, { to: doc.to, status: 301 })
  }
  table.set(from, { to, status: 301 })
  const resolved = resolveRedirect((p) => table.get(p), from)
  if (resolved.kind !== 'loop') return data
  throw new ValidationError({
    collection: 'redirects',
    errors: [
      {
        path: 'to',
        message: `Chuyển hướng này tạo thành vòng lặp (${resolved.path.join(' → ')}). Hãy chọn địa chỉ đích khác.`,
      },
    ],
    req,
  })
}
