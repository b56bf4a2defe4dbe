import { FilterSelect } from '@/components/forms/FilterSelect'
import type { Category } from '@/payload-types'
import { SEARCH_KIND_OPTIONS } from '@/search/kinds'
import type { SearchForm } from '@/site/search-params'

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
      <FilterSelect
        name="chuyen-muc"
        label="Chuyên mục"
        value={form.category}
        options={categories.flatMap((c) => (c.slug ? [{ value: c.slug, label: c.title }] : []))}
      />
      <FilterSelect
        name="the-loai"
        label="Thể loại"
        value={form.kind}
        options={SEARCH_KIND_OPTIONS}
      />
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
