import type { ServerProps } from 'payload'

import { isEditorial } from '@/access/roles'

/** The royalty report's entry in the admin menu, shown to those who may open it. */
export function RoyaltiesNavLink({ user }: ServerProps) {
  if (!isEditorial(user ? { ...user, collection: 'users' } : null)) return null
  return (
    <a href="/admin/nhuan-but" className="nav__link" id="nav-nhuan-but">
      <span className="nav__link-label">Nhuận bút</span>
    </a>
  )
}
