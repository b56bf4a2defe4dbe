import type { Media } from '@/payload-types'
import { sourcesFor, srcSet } from '@/site/media'

interface PictureProps {
  media: Media
  /** 'crop' uses the 16:9 teaser sizes, 'natural' the article sizes at the photo's own ratio. */
  shape: 'crop' | 'natural'
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string
  /** Above the fold: load at once and first; everything else waits until scrolled near. */
  priority?: boolean
  className?: string
  /** Decorative teaser images repeat the link text, so they are hidden from screen readers. */
  decorative?: boolean
}

/** width/height come from the real file, so the browser reserves the box before it loads. */
export function Picture({
  media,
  shape,
  sizes,
  priority = false,
  className,
  decorative,
}: PictureProps) {
  const sources = sourcesFor(media, shape)
  const largest = sources[sources.length - 1]
  if (!largest) return null
  return (
    <img
      className={className}
      src={largest.url}
      srcSet={srcSet(sources)}
      sizes={sizes}
      width={largest.width}
      height={largest.height}
      alt={decorative ? '' : (media.alt ?? media.caption ?? '')}
      loading={priority ? 'eager' : 'lazy'}
      decoding={priority ? 'sync' : 'async'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
