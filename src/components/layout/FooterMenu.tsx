import type { NavEntry } from '@/site/navigation/resolve'

/** The footer menu from the `navigation` global: each item with its sub-items as a short list. */
export function FooterMenu({ entries }: { entries: NavEntry[] }) {
  return (
    <nav className="footer-menu" aria-label="Liên kết chân trang">
      <ul className="footer-menu__list">
        {entries.map((entry, i) => (
          <li key={i}>
            {entry.href ? (
              <a href={entry.href} className="footer-menu__head">
                {entry.label}
              </a>
            ) : (
              <span className="footer-menu__head">{entry.label}</span>
            )}
            {entry.children.length > 0 ? (
              <ul className="plain-list">
                {entry.children.map((child, j) => (
                  <li key={j}>
                    <a href={child.href}>{child.label}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  )
}
