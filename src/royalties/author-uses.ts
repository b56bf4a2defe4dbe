/**
 * Royalty lines that name an author, for the author's delete guard: deleting a payee would
 * silently empty the person of their lines (the database sets it to null) and drop them from
 * the month's report. Counted on articles and on saved versions alike.
 */
import type { PayloadRequest } from 'payload'

export async function royaltyUses(req: PayloadRequest, id: string): Promise<string | null> {
  const articles = await req.payload.count({
    collection: 'articles',
    where: { 'royalties.person': { equals: id } },
    overrideAccess: true,
    req,
  })
  const versions = await req.payload.countVersions({
    collection: 'articles',
    where: { 'version.royalties.person': { equals: id } },
    overrideAccess: true,
    req,
  })
  if (articles.totalDocs === 0 && versions.totalDocs === 0) return null
  return `dòng nhuận bút của ${articles.totalDocs} bài viết (${versions.totalDocs} phiên bản đã lưu)`
}
