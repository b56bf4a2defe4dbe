import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { normalizeRedirectPath } from './normalize-path'
import { MAX_REDIRECT_HOPS, type RedirectTarget, resolveRedirect } from './resolve-chain'

const pathOf = (address: string) => address.split('?', 1)[0]!

/**
 * The ring this redirect is part of, if any: from its own address, and from every other source,
 * since a reader's query string travels along (A → B is harmless alone, but closes a ring with
 * B?trang=2 → A for a reader at A?trang=2). A ring elsewhere in the table (written straight to
 * the database) does not block unrelated saves.
 */
function ringThrough(table: Map<string, RedirectTarget>, from: string) {
  const lookup = (p: string) => table.get(p)
  const own = resolveRedirect(lookup, from)
  if (own.kind === 'loop') return own
  const at = pathOf(from)
  for (const source of table.keys()) {
    const resolved = resolveRedirect(lookup, source)
    if (resolved.kind === 'loop' && resolved.path.some((p) => pathOf(p) === at)) return resolved
  }
  return null
}

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
  const resolved = ringThrough(table, from)
  if (!resolved) return data
  throw new ValidationError({
    collection: 'redirects',
    errors: [
      {
        path: 'to',
        message:
          new Set(resolved.path).size === resolved.path.length
            ? `Chuỗi chuyển hướng quá dài (hơn ${MAX_REDIRECT_HOPS} bước: ${resolved.path.join(' → ')}). Hãy trỏ thẳng tới địa chỉ cuối.`
            : `Chuyển hướng này tạo thành vòng lặp (${resolved.path.join(' → ')}). Hãy chọn địa chỉ đích khác.`,
      },
    ],
    req,
  })
}
