/**
 * The admin's home page, the desk (issue 11 §2), in place of Payload's collection cards: for
 * the person signed in, their own pieces (drafts, and returned ones with the reason), what waits
 * for them by role and category rights, scheduled publications and the latest published, each
 * with its count and rows linking to the article; then the newest reader comments awaiting
 * moderation once a comments collection exists. Every list is read as that person
 * (desk-queries.ts), so nobody sees here what their article list would not show them.
 */
import type { ServerProps } from 'payload'

import { isStaff } from '@/access/roles'
import { SearchSyncNotice } from '@/components/admin/SearchSyncNotice'

import { loadDesk } from './desk-queries'
import { DeskSection } from './DeskSection'
import { PendingCommentsSection } from './PendingCommentsSection'

const QUEUE_TITLES: Record<string, string> = {
  editing: 'bài chờ biên tập',
  approval: 'bài chờ duyệt đăng',
}

const listHref = (where: Record<string, string>): string =>
  `/admin/collections/articles?${new URLSearchParams(where).toString()}`

export async function DeskView({ payload, user }: ServerProps) {
  const me = user ? { ...user, collection: 'users' as const } : null
  if (!me || !isStaff(me)) {
    return (
      <div className="gutter--left gutter--right" style={{ padding: '24px 0' }}>
        <h1>Bàn làm việc</h1>
        <p>Tài khoản của bạn chưa được giao vai trò biên tập.</p>
      </div>
    )
  }
  const desk = await loadDesk(payload, me)
  const queueWhat = desk.queueStages.map((s) => QUEUE_TITLES[s]).join(' và ')
  const queueHref =
    desk.queueStages.length === 1
      ? listHref({ 'where[stage][equals]': desk.queueStages[0]! })
      : listHref({ 'where[stage][in]': desk.queueStages.join(',') })
  return (
    <div className="gutter--left gutter--right" data-desk style={{ padding: '24px 0 48px' }}>
      <SearchSyncNotice payload={payload} user={user} />
      <h1 style={{ marginBottom: 4 }}>Bàn làm việc</h1>
      <p style={{ marginTop: 0 }}>
        Xin chào {(me as { name?: string | null }).name || me.email}. Đây là các việc của bạn hôm
        nay.
      </p>
      <div
        style={{
          display: 'grid',
          gap: 16,
          gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
        }}
      >
        <DeskSection
          id="mine"
          title="Bài của tôi"
          total={desk.mine.total}
          rows={desk.mine.rows}
          empty="Bạn không có bài nháp hay bài bị trả lại."
          atLabel="cập nhật"
        />
        {desk.queue ? (
          <DeskSection
            id="queue"
            title="Chờ tôi xử lý"
            total={desk.queue.total}
            rows={desk.queue.rows}
            empty={`Không có ${queueWhat} nào.`}
            atLabel="cập nhật"
            moreHref={queueHref}
          />
        ) : null}
        <DeskSection
          id="scheduled"
          title="Đã lên lịch"
          total={desk.scheduled.total}
          rows={desk.scheduled.rows}
          empty="Không có bài nào hẹn giờ đăng."
          atLabel="đăng lúc"
        />
        <DeskSection
          id="recent"
          title="Mới đăng"
          total={desk.recent.total}
          rows={desk.recent.rows}
          empty="Chưa có bài nào được đăng trong 7 ngày qua."
          atLabel="đăng lúc"
          moreHref={listHref({ 'where[_status][equals]': 'published', sort: '-publishedAt' })}
        />
        <PendingCommentsSection payload={payload} user={me} />
      </div>
    </div>
  )
}
