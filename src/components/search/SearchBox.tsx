import { urls } from '@/site/urls'

/** The header's search: a plain GET form, so it works without JavaScript. */
export function SearchBox() {
  return (
    <form className="search-box" role="search" action={urls.search()} method="get">
      <label htmlFor="header-q" className="visually-hidden">
        Tìm kiếm bài viết
      </label>
      <input id="header-q" name="q" type="search" placeholder="Tìm kiếm…" autoComplete="off" />
      <button type="submit">Tìm</button>
    </form>
  )
}
