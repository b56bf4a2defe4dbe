import type { ServerProps } from 'payload'

import { isEditorial } from '@/access/roles'
import { searchSyncStatus } from '@/search/sync/status'

/*
 * Shown above the admin dashboard to editors and admins when search has fallen out of step:
 * index jobs that ran out of attempts during an outage, or an engine that does not answer.
 * Nothing to do by hand: reconciliation re-queues them once the engine is back.
 */
const when = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Asia/Ho_Chi_Minh',
})

export async function SearchSyncNotice({ payload, user }: Pick<ServerProps, 'payload' | 'user'>) {
  if (!isEditorial(user ?? null)) return null
  const status = await searchSyncStatus(payload).catch(() => null)
  if (!status || (status.engine === 'ok' && status.failedJobs === 0)) return null
  const last = status.lastReconciledAt
    ? `Lần đối soát gần nhất: ${when.format(new Date(status.lastReconciledAt))}.`
    : 'Chưa có lần đối soát nào.'
  // Whole sentences as single strings: one text node each, read out in one piece.
  const parts = [
    status.engine !== 'ok' ? 'Máy tìm kiếm hiện không phản hồi.' : '',
    status.failedJobs > 0
      ? `${status.failedJobs} yêu cầu cập nhật chỉ mục tìm kiếm đã thất bại sau nhiều lần thử.`
      : '',
    'Hệ thống sẽ tự đối soát và cập nhật lại khi máy tìm kiếm hoạt động trở lại.',
    last,
  ]
  return (
    <div
      role="status"
      data-search-sync-notice
      style={{
        border: '1px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-100)',
        padding: '12px 16px',
        marginBottom: 24,
        borderRadius: 4,
      }}
    >
      <strong>Tìm kiếm chưa đồng bộ.</strong> {parts.filter(Boolean).join(' ')}
    </div>
  )
}
