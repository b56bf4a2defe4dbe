import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import { MAX_IMAGE_PIXELS } from './limits'

/**
 * iPhone photos arrive as HEIC (HEVC inside HEIF) when the browser does not convert them. The
 * sharp build shipped on npm has libheif with the AV1 codec only (AVIF), no HEVC decoder, so it
 * cannot read them: those uploads are refused with a message saying how to send JPEG. A libvips
 * built with HEVC support lists `.heic` among its HEIF suffixes; then the photo is converted to
 * JPEG (EXIF kept for the capture time; the pipeline strips it afterwards).
 */
export const HEIC_REFUSED =
  'Ảnh HEIC (định dạng mặc định của iPhone) chưa được hỗ trợ trên máy chủ này. ' +
  'Vui lòng gửi ảnh JPEG: trên iPhone vào Cài đặt → Camera → Định dạng → chọn "Tương thích nhất" ' +
  '(Settings → Camera → Formats → Most Compatible), hoặc chia sẻ ảnh qua "Tùy chọn" → "Tự động" ' +
  'để máy chuyển sang JPEG khi gửi.'

const HEIF_MIMES = new Set([
  'image/heic',
  'image/heif',
  'image/heic-sequence',
  'image/heif-sequence',
])

export async function isHeic(data: Uint8Array): Promise<boolean> {
  const found = await fileTypeFromBuffer(data)
  return Boolean(found && HEIF_MIMES.has(found.mime))
}

/** Whether this machine's sharp (libvips + libheif) can decode HEVC-coded HEIF. */
export const canDecodeHeic = (): boolean =>
  sharp.format.heif.input.fileSuffix?.includes('.heic') ?? false

/**
 * Runs before the upload's pixel-count check (hooks/validate-upload.ts), so it holds the
 * decompression-bomb limit itself: sharp refuses to decode more than MAX_IMAGE_PIXELS.
 */
export async function heicToJpeg(data: Buffer): Promise<Buffer> {
  return sharp(data, { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS })
    .keepExif()
    .jpeg({ quality: 92 })
    .toBuffer()
}
