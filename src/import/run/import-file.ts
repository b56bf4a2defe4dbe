import type { Payload } from 'payload'

import type { ParsedArticle } from '@/import/parse/types'

import { toArticleData } from './article-data'
import type { AuthorResolver } from './authors'
import type { CategoryResolver } from './categories'
import type { SourceFile } from './collect-files'
import { importDigest } from './digest'
import { errorReason } from './error-reason'
import { loadLocalImages, type LocalImage } from './local-images'
import { findBySource, findDuplicate } from './match'
import { toPreview } from './preview'
import { readSource } from './read-source'
import type { FileResult } from './types'
import { ensureMedia } from './upload-media'

export interface BatchContext {
  payload: Payload
  dryRun: boolean
  status: 'draft' | 'published'
  category?: string
  authors: AuthorResolver
  categories: CategoryResolver
  /** fingerprint → source path of files handled earlier in this batch (dry runs write nothing) */
  seen: Map<string, string>
  now: () => string
}

async function uploadPhotos(
  ctx: BatchContext,
  parsed: ParsedArticle,
  images: ReadonlyMap<number, LocalImage>,
  warnings: string[],
): Promise<Map<number, string>> {
  const media = new Map<number, string>()
  for (const photo of parsed.photos) {
    const image = images.get(photo.position)
    if (!image) continue
    try {
      media.set(photo.position, await ensureMedia(ctx.payload, image, photo))
    } catch (error) {
      // A bad picture costs the photo its image, never the article its import.
      warnings.push(`photo "${image.file}" not imported: ${errorReason(error)}`)
    }
  }
  return media
}

async function write(
  ctx: BatchContext,
  file: SourceFile,
  parsed: ParsedArticle,
  images: ReadonlyMap<number, LocalImage>,
  digest: string,
  existing: { id: string; publishedAt?: string | null } | undefined,
  warnings: string[],
): Promise<string> {
  const mediaByIndex = await uploadPhotos(ctx, parsed, images, warnings)
  const authorIds: string[] = []
  for (const a of parsed.authors) authorIds.push(await ctx.authors.resolve(a.name, a.unit))
  const categoryId = ctx.categories(parsed.category)
  if (!parsed.publishedAt && !existing?.publishedAt)
    warnings.push('no date in the source: published now')
  const data = toArticleData(parsed, {
    status: ctx.status,
    authorIds,
    categoryIds: categoryId ? [categoryId] : [],
    mediaByIndex,
    sourcePath: file.path,
    digest,
    fallbackPublishedAt: existing?.publishedAt ?? ctx.now(),
  })
  // Always the document itself, never a draft version on top of a published one: the stored
  // import key must describe what the article is, and `--status draft` means unpublished.
  const common = {
    collection: 'articles',
    data,
    draft: false,
    overrideAccess: true,
    depth: 0,
  } as const
  const doc = existing
    ? await ctx.payload.update({ ...common, id: existing.id })
    : await ctx.payload.create(common)
  return doc.id
}

/** One file, start to end; never throws: every problem becomes a `failed` result. */
export async function importFile(ctx: BatchContext, file: SourceFile): Promise<FileResult> {
  if (!file.format) {
    return {
      path: file.path,
      status: 'skipped',
      reason: 'Không phải tệp bài viết (.txt, .html, .htm)',
      warnings: [],
    }
  }
  try {
    const parsed = await readSource(file.path, file.format)
    const warnings = [...parsed.warnings]
    const loaded =
      file.format === 'html' ? await loadLocalImages(parsed, file.path, file.root) : undefined
    const images: Map<number, LocalImage> = loaded?.images ?? new Map()
    warnings.push(...(loaded?.warnings ?? []))
    const hashes = new Map([...images].map(([i, img]) => [i, img.sha256]))
    const digest = importDigest(parsed, hashes, ctx.category)
    const base = { path: file.path, title: parsed.title, warnings }
    const preview = ctx.dryRun ? { article: toPreview(parsed, images) } : {}

    const existing = await findBySource(ctx.payload, file.path)
    if (existing?.digest === digest)
      return { ...base, ...preview, status: 'unchanged', id: existing.id }
    if (!existing) {
      const earlier = ctx.seen.get(parsed.fingerprint)
      const dup = earlier
        ? undefined
        : await findDuplicate(ctx.payload, parsed.fingerprint, file.path)
      const duplicateOf = earlier ?? dup?.sourcePath
      if (duplicateOf) {
        const reason = `Trùng nội dung với bài đã nhập từ ${duplicateOf}`
        return { ...base, ...preview, status: 'duplicate', id: dup?.id, duplicateOf, reason }
      }
    }
    ctx.seen.set(parsed.fingerprint, file.path)
    const status = existing ? 'updated' : 'created'
    if (ctx.dryRun) return { ...base, ...preview, status, id: existing?.id }
    const id = await write(ctx, file, parsed, images, digest, existing, warnings)
    return { ...base, status, id }
  } catch (error) {
    return { path: file.path, status: 'failed', reason: errorReason(error), warnings: [] }
  }
}
