import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { getSafeFileName } from 'payload/internal'

import { mediaDir } from '@/collections/Media/limits'
import {
  isSharpTimeout,
  processImage,
  SHARP_TIMEOUT_SECONDS,
} from '@/collections/Media/processing/process-image'
import { SlotsFullError, uploaderOf } from '@/collections/Media/processing/sharp-slots'
import {
  extensionFor,
  safeStem,
  sizeFileName,
  stemOf,
} from '@/collections/Media/processing/stored-names'
import { readTakenAt } from '@/collections/Media/processing/taken-at'
import { fileNamed } from '@/collections/Media/refusal'

/**
 * Creates of photos go through our one-decode pipeline (../processing/process-image.ts) instead
 * of Payload's, which decodes a 24-megapixel photo about ten times: this hook processes the file,
 * fills the upload fields Payload would have filled, and takes the file off the request so
 * Payload stores no file of its own (`filesRequiredOnCreate: false`; a create without a file is
 * refused here instead). The files are written by `writeProcessedFiles`, just before the row, as
 * Payload writes its own. The capture time is read from EXIF first, before it is dropped.
 *
 * Updates that replace a file keep Payload's pipeline (rare; never in a burst). So does a create
 * with `context.payloadImagePipeline`, which the equivalence test uses to compare both.
 */
const PROCESSED = 'mediaProcessedFiles'

interface PendingFile {
  path: string
  data: Buffer
}

type Pending = Map<string, PendingFile[]>

const pendingOf = (context: Record<string, unknown>): Pending => {
  const existing = context[PROCESSED]
  if (existing instanceof Map) return existing as Pending
  const created: Pending = new Map()
  context[PROCESSED] = created
  return created
}

const focalOf = (value: unknown): number =>
  typeof value === 'number' && value >= 0 && value <= 100 ? Math.round(value) : 50

export const processUpload: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create') return args
  if (!req.user && !args.overrideAccess) return args
  const file = req.file
  if (!file) {
    if (args.duplicateFromID != null) return args
    throw new APIError('Vui lòng chọn tệp để tải lên.', 400, { reason: 'missing file' }, true)
  }
  if (!file.mimetype.startsWith('image/') || context.payloadImagePipeline) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const focal = { x: focalOf(data.focalX), y: focalOf(data.focalY) }
  const takenAt = await readTakenAt(file.data)
  let processed
  try {
    // Each uploader's operations take their turn with everyone else's (../processing/sharp-slots).
    processed = await processImage(file.data, focal, uploaderOf(req.user))
  } catch (error) {
    req.payload.logger.warn(`Rejected upload "${file.name}": ${(error as Error).message}`)
    if (error instanceof SlotsFullError && error.scope === 'owner') {
      throw new APIError(
        fileNamed(
          file.name,
          'Bạn đang gửi quá nhiều ảnh cùng lúc: máy chủ còn đang xử lý các ảnh bạn gửi trước. Vui lòng chờ các ảnh đó xong rồi gửi tiếp (tải lên từng đợt nhỏ hơn).',
        ),
        503,
        { reason: 'own image queue full' },
        true,
      )
    }
    if (error instanceof SlotsFullError) {
      throw new APIError(
        fileNamed(file.name, 'Máy chủ đang xử lý nhiều ảnh, vui lòng thử lại sau ít phút.'),
        503,
        { reason: 'image queue full' },
        true,
      )
    }
    if (isSharpTimeout(error)) {
      throw new APIError(
        fileNamed(
          file.name,
          `Ảnh xử lý quá lâu (hơn ${SHARP_TIMEOUT_SECONDS} giây) nên đã bị dừng. Vui lòng giảm kích thước ảnh hoặc lưu lại dưới dạng JPEG rồi tải lại.`,
        ),
        400,
        { reason: 'image processing timeout' },
        true,
      )
    }
    throw new APIError(
      fileNamed(file.name, 'Tệp ảnh bị hỏng hoặc không đọc được. Vui lòng kiểm tra và tải lại.'),
      400,
      { reason: 'undecodable image' },
      true,
    )
  }
  const staticDir = mediaDir()
  const { original } = processed
  const ext = extensionFor(original.format)
  const filename = await getSafeFileName({
    collectionSlug: 'media',
    desiredFilename: `${safeStem(file.name)}.${ext}`,
    req,
    staticPath: staticDir,
  })
  const stem = stemOf(filename)
  const files: PendingFile[] = [{ path: path.join(staticDir, filename), data: original.data }]
  const sizes: Record<string, Record<string, unknown>> = {}
  for (const [name, size] of Object.entries(processed.sizes)) {
    if (!size) {
      sizes[name] = { filename: null, filesize: null, height: null, mimeType: null, width: null }
      continue
    }
    const sizeName = sizeFileName(stem, size.width, size.height, extensionFor(size.format))
    files.push({ path: path.join(staticDir, sizeName), data: size.data })
    sizes[name] = {
      filename: sizeName,
      filesize: size.data.length,
      width: size.width,
      height: size.height,
      mimeType: `image/${size.format === 'heif' ? 'avif' : size.format}`,
    }
  }
  pendingOf(context).set(filename, files)
  req.file = undefined
  return {
    ...args,
    data: {
      ...data,
      filename,
      mimeType: file.mimetype,
      filesize: original.data.length,
      width: original.width,
      height: original.height,
      focalX: focal.x,
      focalY: focal.y,
      sizes,
      takenAt: takenAt ?? data.takenAt ?? null,
    },
  }
}

/** Writes what `processUpload` made, after every other beforeChange check has passed. */
export const writeProcessedFiles: CollectionBeforeChangeHook = async ({ data, context }) => {
  const filename = typeof data.filename === 'string' ? data.filename : ''
  const pending = pendingOf(context)
  const files = pending.get(filename)
  if (!files) return data
  pending.delete(filename)
  await fs.mkdir(mediaDir(), { recursive: true })
  await Promise.all(files.map((file) => fs.writeFile(file.path, file.data)))
  return data
}
