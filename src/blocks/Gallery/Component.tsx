import { Figure } from '@/components/media/Figure'
import type { GalleryBlock } from '@/payload-types'
import { asMedia } from '@/site/media'

export function GalleryBlockComponent({ block }: { block: GalleryBlock }) {
  const title = block.title ?? ''
  const items = (block.images ?? []).flatMap((image) => {
    const media = asMedia(image.media)
    return media ? [{ media, caption: image.caption ?? '', credit: image.credit ?? '' }] : []
  })
  if (items.length === 0) return null
  return (
    <section className="gallery" aria-label={title || 'Bộ ảnh'}>
      {title ? <h2 className="gallery__title">{title}</h2> : null}
      {items.map((item, i) => (
        <Figure key={i} media={item.media} caption={item.caption} credit={item.credit} />
      ))}
    </section>
  )
}
