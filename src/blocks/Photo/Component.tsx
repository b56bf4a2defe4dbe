import { asMedia } from '@/site/media'
import { str } from '@/site/lexical/nodes'

import { Figure } from '@/components/media/Figure'

export function PhotoBlock({
  fields,
  priority,
}: {
  fields: Record<string, unknown>
  priority: boolean
}) {
  const media = asMedia(fields.media)
  if (!media) return null
  return (
    <Figure
      media={media}
      caption={str(fields.caption)}
      credit={str(fields.credit)}
      wide={fields.size === 'full'}
      priority={priority}
    />
  )
}
