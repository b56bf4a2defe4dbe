import type { NavEntry } from '@/site/navigation/resolve'
import { urls } from '@/site/urls'

/**
 * The header menu. Items with sub-items open as a disclosure (<details>/<summary>): focusable,
 * toggled by Enter or Space, announced as expanded or collapsed by screen readers, and working
 * without any script. `name` makes the groups exclusive (one open at a time); the page's small
 * inline script only adds Escape and click-outside closing (inline-scripts.ts).
 */
export function MainMenu({ entries }: { entries: NavEntry[] }) {
  return (
    <nav className="site-nav" aria-label="Menu chính">
      <ul className="site-nav__list wrap">
        <li>
          <a href={urls.home()}>Trang chủ</a>
        </li>
        {entries.map((entry, i) =>
          entry.children.length > 0 ? (
            <li key={i} className="site-nav__group">
              <details name="site-nav" data-nav-group="">
                <summary>{entry.label}</summary>
                <ul className="site-nav__sub">
                  {entry.href ? (
                    <li>
                      <a href={entry.href}>{entry.label}</a>
                    </li>
                  ) : null}
                  {entry.children.map((child, j) => (
                    <li key={j}>
                      <a href={child.href}>{child.label}</a>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ) : entry.href ? (
            <li key={i}>
              <a href={entry.href}>{entry.label}</a>
            </li>
          ) : null,
        )}
      </ul>
    </nav>
  )
}
