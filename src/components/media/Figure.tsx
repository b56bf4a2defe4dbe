import { slugify } from '@/lib/slugify'
import type { Media } from '@/payload-types'
import { urls } from '@/site/urls'

import { Picture } from './Picture'

interface FigureProps {
  media: Media
  caption?: string | null
  credit?: string | null
  wide?: boolean
  priority?: boolean
}

const ARTICLE_SIZES = '(min-width: 860px) 760px, 100vw'
const WIDE_SIZES = '(min-width: 1200px) 1140px, 100vw'

/** A photo with its caption and the photographer's credit, each falling back to the library's. */
export function Figure({ media, caption, credit, wide, priority }: FigureProps) {
  const text = caption?.trim() || media.caption?.trim() || ''
  const by = credit?.trim() || media.credit?.trim() || ''
  const creditSlug = by ? slugify(by) : ''
  return (
    <figure className={wide ? 'figure figure--wide' : 'figure'}>
      <Picture
        media={media}
        shape="natural"
        sizes={wide ? WIDE_SIZES : ARTICLE_SIZES}
        priority={priority}
      />
      {text || by ? (
        <figcaption>
          {text ? <span className="figure__caption">{text}</span> : null}
          {by ? (
            <span className="figure__credit">
              {' '}
              Ảnh: {creditSlug ? <a href={urls.credit(creditSlug)}>{by}</a> : by}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
