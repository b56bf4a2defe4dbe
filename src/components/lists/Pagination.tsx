interface Props {
  page: number
  totalPages: number
  /** URL of a given page (page 1 has no `?trang=`). */
  href: (page: number) => string
}

/** Numbered pages around the current one, with first/last always reachable. */
export function pageWindow(page: number, total: number): Array<number | 'gap'> {
  const pages = new Set([1, total, page - 1, page, page + 1].filter((p) => p >= 1 && p <= total))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: Array<number | 'gap'> = []
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1]
    if (prev !== undefined && p - prev > 1) out.push('gap')
    out.push(p)
  })
  return out
}

export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Phân trang">
      <ul className="pagination">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              <span>…</span>
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page">
                  <span className="visually-hidden">Trang </span>
                  {p}
                </span>
              ) : (
                <a href={href(p)} aria-label={`Trang ${p}`}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
