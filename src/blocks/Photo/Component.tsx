import { Figure } from '@/components/media/Figure'
import type { PhotoBlock } from '@/payload-types'
import { asMedia } from '@/site/media'

/** A photo inside the body; Figure falls back to the media record's caption and credit. */
export function PhotoBlockComponent({ block, priority }: { block: PhotoBlock; priority: boolean }) {
  const media = asMedia(block.media)
  if (!media) return null
  return (
    <Figure
      media={media}
      caption={block.caption ?? ''}
      credit={block.credit ?? ''}
      wide={block.size === 'full'}
      priority={priority}
    />
  )
}
