import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import sharp from 'sharp'

import { canDecodeHeic, HEIC_REFUSED, heicToJpeg, isHeic } from '@/collections/Media/heic'
import { MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES } from '@/collections/Media/limits'
import { nameForType } from '@/collections/Media/name-for-type'
import { fileNamed } from '@/collections/Media/refusal'
import { detectMime } from '@/lib/detect-mime'

const reject = (name: string, message: string, log: string, status = 400): never => {
  throw new APIError(fileNamed(name, message), status, { reason: log }, true)
}

/**
 * Checks an upload by its content before Payload stores anything: the real type from magic
 * bytes (a text file renamed .jpg, or SVG, is refused), size, pixel count before decoding
 * (decompression bombs), and a full decode so a truncated photo is refused instead of being
 * published half grey. The file then carries the detected type and that type's extension:
 * Payload keeps the uploader's extension for PDFs, and the extension decides how it is served.
 *
 * A new photo is decoded exactly once, by the upload pipeline (./process-upload.ts), which
 * refuses a truncated file with the same message; the separate full decode here is only for
 * replaced files and creates sent through Payload's own pipeline. HEIC is converted to JPEG
 * where sharp can decode it and refused with instructions otherwise (../heic.ts).
 */
export const validateUpload: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  // Anonymous requests are refused by access control (403) right after this hook; checking
  // their content first would answer 400 and tell a stranger what we accept.
  if (!file || (!req.user && !args.overrideAccess)) return args
  if (file.size > MAX_UPLOAD_BYTES) {
    reject(
      file.name,
      `Tệp quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).`,
      'file too large',
      413,
    )
  }
  if (await isHeic(file.data)) {
    if (!canDecodeHeic()) {
      req.payload.logger.warn(`Rejected upload "${file.name}": HEIC without an HEVC decoder`)
      return reject(file.name, HEIC_REFUSED, 'heic not decodable', 415)
    }
    try {
      file.data = await heicToJpeg(file.data)
    } catch (error) {
      // Undecodable or over the pixel limit: the reader's mistake (400), not a server error.
      req.payload.logger.warn(`Rejected upload "${file.name}": ${(error as Error).message}`)
      return reject(
        file.name,
        'Tệp ảnh bị hỏng, quá lớn hoặc không đọc được. Vui lòng kiểm tra và tải lại.',
        'undecodable heic',
      )
    }
    file.size = file.data.length
  }
  const detected = await detectMime(file.data)
  if (!detected) {
    req.payload.logger.warn(`Rejected upload "${file.name}": unsupported content type`)
    return reject(
      file.name,
      'Định dạng tệp không được hỗ trợ. Chỉ nhận ảnh JPEG, PNG, WebP, AVIF hoặc tệp PDF.',
      'unsupported content type',
    )
  }
  file.mimetype = detected.mime
  file.name = nameForType(file.name, detected.ext)
  if (detected.mime === 'application/pdf') return args
  try {
    const meta = await sharp(file.data, { limitInputPixels: false }).metadata()
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_IMAGE_PIXELS) {
      reject(
        file.name,
        `Ảnh có kích thước điểm ảnh quá lớn (${meta.width}×${meta.height}).`,
        'pixel limit exceeded',
      )
    }
    if (operation === 'create' && !context.payloadImagePipeline) return args
    await sharp(file.data, { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS }).stats()
  } catch (error) {
    if (error instanceof APIError) throw error
    req.payload.logger.warn(`Rejected upload "${file.name}": ${(error as Error).message}`)
    reject(
      file.name,
      'Tệp ảnh bị hỏng hoặc không đọc được. Vui lòng kiểm tra và tải lại.',
      'undecodable image',
    )
  }
  return args
}
