/**
 * The signed-in person's notices in the admin menu: "Thông báo (3)" with the unread count,
 * linking to their unread notices. Counted as that person, so it is only ever their own.
 */
import type { ServerProps } from 'payload'

import { isStaff } from '@/access/roles'

export async function NotificationsNavLink({ payload, user }: ServerProps) {
  const me = user ? { ...user, collection: 'users' as const } : null
  if (!me || !isStaff(me)) return null
  const { totalDocs } = await payload
    .count({
      collection: 'notifications',
      where: { read: { equals: false } },
      overrideAccess: false,
      user: me,
    })
    .catch(() => ({ totalDocs: 0 }))
  const label = totalDocs > 0 ? `Thông báo mới (${totalDocs})` : 'Thông báo'
  return (
    <a
      href="/admin/collections/notifications?where[read][equals]=false"
      className="nav__link"
      id="nav-thong-bao"
      data-unread-notifications={totalDocs}
    >
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
