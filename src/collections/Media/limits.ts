import { ACCEPTED_TYPES, type AcceptedMime } from '@/lib/detect-mime'

/** Upload folder, also served directly by Express (src/server/app.ts). */
export const mediaDir = (): string => process.env.MEDIA_DIR ?? 'media'

/** Upload limits, configurable because provinces differ in what their photographers send. */
export const maxUploadBytes = (): number => Number(process.env.MAX_UPLOAD_MB ?? 25) * 1024 * 1024
export const MAX_UPLOAD_BYTES = maxUploadBytes()
/** Decompression-bomb guard: a 40-megapixel photo is already larger than any camera here sends. */
export const MAX_IMAGE_PIXELS = Number(process.env.MAX_IMAGE_MEGAPIXELS ?? 40) * 1_000_000

/** Accepted upload types, detected by content (see `@/lib/detect-mime`). */
export const ALLOWED_MIME_TYPES = Object.keys(ACCEPTED_TYPES) as AcceptedMime[]
