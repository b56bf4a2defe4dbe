import type { Category } from '@/payload-types'
import { ARTICLE_KINDS } from '@/collections/Articles'
import type { SearchForm } from '@/lib/site/searchParams'

interface Props {
  form: SearchForm
  categories: Category[]
}

/** The full search form: a plain GET form that keeps what the reader typed. */
export function SearchFormFull({ form, categories }: Props) {
  return (
    <form
      className="filters"
      role="search"
      method="get"
      action="/tim-kiem"
      aria-label="Tìm kiếm bài viết"
    >
      <div style={{ gridColumn: '1 / -1' }}>
        <label htmlFor="q">Từ khóa (gõ có dấu hoặc không dấu đều được)</label>
        <input id="q" name="q" type="search" defaultValue={form.q} autoComplete="off" />
      </div>
      <div>
        <label htmlFor="chuyen-muc">Chuyên mục</label>
        <select id="chuyen-muc" name="chuyen-muc" defaultValue={form.category}>
          <option value="">Tất cả</option>
          {categories.map((c) =>
            c.slug ? (
              <option key={c.id} value={c.slug}>
                {c.title}
              </option>
            ) : null,
          )}
        </select>
      </div>
      <div>
        <label htmlFor="the-loai">Thể loại</label>
        <select id="the-loai" name="the-loai" defaultValue={form.kind}>
          <option value="">Tất cả</option>
          {ARTICLE_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tu">Từ ngày</label>
        <input id="tu" name="tu" type="date" defaultValue={form.from} />
      </div>
      <div>
        <label htmlFor="den">Đến ngày</label>
        <input id="den" name="den" type="date" defaultValue={form.to} />
      </div>
      <div>
        <label htmlFor="sap-xep">Sắp xếp</label>
        <select
          id="sap-xep"
          name="sap-xep"
          defaultValue={form.sort === 'date' ? 'moi-nhat' : 'lien-quan'}
        >
          <option value="lien-quan">Liên quan nhất</option>
          <option value="moi-nhat">Mới nhất</option>
        </select>
      </div>
      <div>
        <button type="submit">Tìm kiếm</button>
      </div>
    </form>
  )
}
