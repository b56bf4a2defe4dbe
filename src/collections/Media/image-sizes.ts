import type { ImageSize } from 'payload'

/**
 * The media collection's generated sizes and the bound on the stored original. Payload's config
 * (./index.ts) and our own one-decode pipeline (./processing) read the same values, so a photo
 * processed by either has the same files.
 */
export const WEBP = { format: 'webp' as const, options: { quality: 78 } }

export const ORIGINAL_BOUND = {
  width: 3200,
  height: 3200,
  fit: 'inside' as const,
  withoutEnlargement: true,
}

export const IMAGE_SIZES: ImageSize[] = [
  // Fixed-ratio crops are always produced (enlarging a rare small photo) so card grids and
  // social previews keep their shape; width-only sizes never upscale and fall back to the
  // original dimensions instead of being omitted.
  { name: 'thumbnail', width: 320, height: 180, withoutEnlargement: false, formatOptions: WEBP },
  { name: 'card', width: 640, height: 360, withoutEnlargement: false, formatOptions: WEBP },
  { name: 'article', width: 1024, withoutEnlargement: true, formatOptions: WEBP },
  { name: 'full', width: 1920, withoutEnlargement: true, formatOptions: WEBP },
  { name: 'og', width: 1200, height: 630, withoutEnlargement: false, formatOptions: WEBP },
]
