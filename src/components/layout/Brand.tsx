import type { Site } from '@/payload-types'
import { asMedia } from '@/site/media'

/**
 * The header's brand block, shared by the Vietnamese and the English header (separate root
 * layouts, one markup): the logo, the body's name and its tagline, linking to that language's
 * home. `name` is the name in the header's language (with its fallback already applied).
 */
export function Brand({ site, name, href }: { site: Site; name: string; href: string }) {
  const logo = asMedia(site.logo)
  const thumb = logo?.sizes?.thumbnail
  return (
    <a className="brand" href={href}>
      {logo && thumb?.url ? (
        <img
          src={thumb.url}
          width={thumb.width ?? 64}
          height={thumb.height ?? 64}
          alt=""
          className="brand__logo"
        />
      ) : null}
      <span className="brand__text">
        <span className="brand__name">{name}</span>
        {site.tagline ? <span className="brand__tagline">{site.tagline}</span> : null}
      </span>
    </a>
  )
}
