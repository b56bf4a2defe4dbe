import { asMedia } from '@/lib/site/media'
import { str } from '@/lib/site/lexical/nodes'

import { Figure } from '../media/Figure'

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
