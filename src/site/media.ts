import type { Media } from '@/payload-types'

export type MaybeMedia = string | Media | null | undefined

/** A relationship is only useful to render once populated; ids alone are skipped. */
export function asMedia(value: unknown): Media | null {
  if (!value || typeof value !== 'object') return null
  const media = value as Media
  return typeof media.id === 'string' && typeof media.url === 'string' ? media : null
}

export const isImage = (media: Media): boolean => Boolean(media.mimeType?.startsWith('image/'))

export type SizeName = 'thumbnail' | 'card' | 'article' | 'full' | 'og'

export interface ImageSource {
  url: string
  width: number
  height: number
}

export function sizeOf(media: Media, name: SizeName): ImageSource | null {
  const size = media.sizes?.[name]
  if (!size?.url || !size.width || !size.height) return null
  return { url: size.url, width: size.width, height: size.height }
}

/** The original as a last resort, so an image without generated sizes still shows. */
export function originalOf(media: Media): ImageSource | null {
  if (!media.url || !media.width || !media.height) return null
  return { url: media.url, width: media.width, height: media.height }
}

/**
 * Sources for `srcset`, widest last. Cropped 16:9 sizes (thumbnail, card) and free-ratio sizes
 * (article, full) are not mixed, because a srcset must show one picture at one aspect ratio.
 */
export function sourcesFor(media: Media, shape: 'crop' | 'natural'): ImageSource[] {
  const names: SizeName[] = shape === 'crop' ? ['thumbnail', 'card'] : ['article', 'full']
  const found = names.map((n) => sizeOf(media, n)).filter((s): s is ImageSource => s !== null)
  if (found.length > 0) return found
  const original = originalOf(media)
  return original ? [original] : []
}

export const srcSet = (sources: ImageSource[]): string =>
  sources.map((s) => `${s.url} ${s.width}w`).join(', ')
