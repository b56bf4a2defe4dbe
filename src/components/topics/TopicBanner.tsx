import { Picture } from '@/components/media/Picture'
import type { Media } from '@/payload-types'

/** A topic's banner at the top of its page: the editor's alt text names it for screen readers. */
export function TopicBanner({ media }: { media: Media }) {
  return (
    <figure className="topic-banner">
      <Picture
        media={media}
        shape="natural"
        sizes="(min-width: 1180px) 1180px, 100vw"
        priority
        className="topic-banner__image"
      />
    </figure>
  )
}
