import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

/**
 * A page with sub-pages cannot be deleted: they would lose their place (and URL) silently.
 * The editor moves or deletes them first. Menu items pointing to a deleted page simply drop out
 * of the menu (@/site/navigation/resolve).
 */
export const refuseDeleteWithChildren: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs, totalDocs } = await req.payload.find({
    collection: 'pages',
    where: { parent: { equals: String(id) } },
    select: { title: true },
    depth: 0,
    limit: 3,
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return
  const titles = docs.map((p) => `“${p.title}”`).join(', ')
  throw new APIError(
    `Không thể xóa trang: còn ${totalDocs} trang con (${titles}${totalDocs > 3 ? ', …' : ''}). Hãy chuyển hoặc xóa các trang con trước.`,
    409,
    null,
    true,
  )
}
