import type { ServerProps } from 'payload'

import { isEditorial } from '@/access/roles'

/** The readership view's entry in the admin menu, shown to those who may open it. */
export function ReadershipNavLink({ user }: ServerProps) {
  if (!isEditorial(user ? { ...user, collection: 'users' } : null)) return null
  return (
    <a href="/admin/thong-ke" className="nav__link" id="nav-thong-ke">
      <span className="nav__link-label">Thống kê truy cập</span>
    </a>
  )
}
