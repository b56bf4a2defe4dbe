import { SearchBox } from '@/components/search/SearchBox'
import type { Category, Site } from '@/payload-types'
import { asMedia } from '@/site/media'
import { urls } from '@/site/urls'

interface Props {
  site: Site
  nav: Category[]
}

export function SiteHeader({ site, nav }: Props) {
  const logo = asMedia(site.logo)
  const thumb = logo?.sizes?.thumbnail
  return (
    <header className="site-header">
      <div className="site-header__brand wrap">
        <a className="brand" href={urls.home()}>
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
            <span className="brand__name">{site.name}</span>
            {site.tagline ? <span className="brand__tagline">{site.tagline}</span> : null}
          </span>
        </a>
        <SearchBox />
      </div>
      <nav className="site-nav" aria-label="Chuyên mục">
        <ul className="site-nav__list wrap">
          <li>
            <a href={urls.home()}>Trang chủ</a>
          </li>
          {nav.map((category) =>
            category.slug ? (
              <li key={category.id}>
                <a href={urls.category(category.slug)}>{category.title}</a>
              </li>
            ) : null,
          )}
          <li>
            <a href={urls.documents()}>Thư viện văn bản</a>
          </li>
          <li>
            <a href={urls.schedule()}>Lịch công tác</a>
          </li>
        </ul>
      </nav>
    </header>
  )
}
