export interface Crumb {
  label: string
  href?: string
}

export function Breadcrumbs({ items, label = 'Đường dẫn' }: { items: Crumb[]; label?: string }) {
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {item.href ? (
              <a href={item.href}>{item.label}</a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
