import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

/**
 * Deleting an author, category or tag used to cascade through the relation tables and silently
 * strip it from every article and saved version. The delete is now refused while anything still
 * refers to it, naming what does; `cms merge-authors` / `cms merge-tags` reassign first.
 */
export interface InUseOptions {
  /** Vietnamese noun for the record, e.g. 'từ khóa'. */
  noun: string
  /** The articles field that refers to it. */
  articleField: 'tags' | 'authors' | 'categories'
  /** The CLI command that merges it into another record, when there is one. */
  mergeCommand?: string
  /** Other references (users, child categories …), described in Vietnamese. */
  others?: (req: PayloadRequest, id: string) => Promise<string[]>
}

const SHOWN_TITLES = 3

export const refuseDeleteInUse =
  ({ noun, articleField, mergeCommand, others }: InUseOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const key = String(id)
    const articles = await req.payload.find({
      collection: 'articles',
      where: { [articleField]: { in: [key] } },
      select: { title: true },
      depth: 0,
      limit: SHOWN_TITLES,
      overrideAccess: true,
      req,
    })
    const versions = await req.payload.countVersions({
      collection: 'articles',
      where: { [`version.${articleField}`]: { in: [key] } },
      overrideAccess: true,
      req,
    })
    const uses: string[] = []
    if (articles.totalDocs > 0) {
      const titles = articles.docs.map((a) => `“${a.title}”`).join(', ')
      const more = articles.totalDocs > SHOWN_TITLES ? ', …' : ''
      uses.push(`${articles.totalDocs} bài viết (${titles}${more})`)
    }
    if (versions.totalDocs > 0) uses.push(`${versions.totalDocs} phiên bản đã lưu của bài viết`)
    uses.push(...((await others?.(req, key)) ?? []))
    if (uses.length === 0) return
    const merge = mergeCommand
      ? ` Hãy gộp vào ${noun} khác trước: npm run cms -- ${mergeCommand} --from ${key} --into <mã ${noun} giữ lại>.`
      : ` Hãy bỏ ${noun} này khỏi những nơi đó trước.`
    throw new APIError(
      `Không thể xóa ${noun}: còn được dùng trong ${uses.join(' và ')}.${merge}`,
      409,
      null,
      true,
    )
  }
