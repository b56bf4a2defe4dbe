import { asMedia } from '@/site/media'
import { obj, str } from '@/site/lexical/nodes'

import { Figure } from '@/components/media/Figure'

export function GalleryBlock({ fields }: { fields: Record<string, unknown> }) {
  const images = Array.isArray(fields.images) ? fields.images.map(obj) : []
  const title = str(fields.title)
  const items = images
    .map((image) => ({
      media: asMedia(image.media),
      caption: str(image.caption),
      credit: str(image.credit),
    }))
    .filter((item) => item.media !== null)
  if (items.length === 0) return null
  return (
    <section className="gallery" aria-label={title || 'Bộ ảnh'}>
      {title ? <h2 className="gallery__title">{title}</h2> : null}
      {items.map((item, i) =>
        item.media ? (
          <Figure key={i} media={item.media} caption={item.caption} credit={item.credit} />
        ) : null,
      )}
    </section>
  )
}
