/**
 * The Vietnamese wording of a notice and its e-mail (pure, unit-tested): which queue a piece
 * reached, that it came back or that it went out, with the title, who moved it, the reason of a
 * return and the link to the article's page in the admin.
 */
import { escapeUTF8 } from 'entities'

import { QUEUE_NOTICE_PREFIXES } from './queue-of-notice'

export type NoticeKind = 'editing' | 'approval' | 'returned' | 'published'

export interface NoticeInput {
  kind: NoticeKind
  title: string
  actorName: string
  reason?: string | null
  adminUrl: string
}

export interface NoticeMessage {
  /** The in-admin notice (one line). */
  message: string
  subject: string
  text: string
  html: string
}

const HEADLINES: Record<NoticeKind, (title: string) => string> = {
  editing: (title) => `${QUEUE_NOTICE_PREFIXES.editing} ${title}`,
  approval: (title) => `${QUEUE_NOTICE_PREFIXES.approval} ${title}`,
  returned: (title) => `Bài bị trả lại: ${title}`,
  published: (title) => `Bài đã xuất bản: ${title}`,
}

const ACTIONS: Record<NoticeKind, string> = {
  editing: 'đã gửi bài sang "Chờ biên tập". Bài đang chờ bạn biên tập.',
  approval: 'đã chuyển bài sang "Chờ duyệt đăng". Bài đang chờ bạn duyệt.',
  returned: 'đã trả lại bài cho bạn.',
  published: 'đã duyệt và xuất bản bài của bạn. Bài đã lên cổng thông tin.',
}

export function noticeMessage(input: NoticeInput): NoticeMessage {
  const title = input.title.trim() || '(chưa có tiêu đề)'
  const subject = HEADLINES[input.kind](title)
  const reason = input.kind === 'returned' && input.reason ? `Lý do: ${input.reason}` : ''
  const lines = [
    `Bài "${title}": ${input.actorName} ${ACTIONS[input.kind]}`,
    reason,
    `Mở bài trong trang quản trị: ${input.adminUrl}`,
  ].filter(Boolean)
  const html = [
    `<p>Bài <strong>${escapeUTF8(title)}</strong>: ${escapeUTF8(input.actorName)} ${escapeUTF8(ACTIONS[input.kind])}</p>`,
    reason ? `<p>${escapeUTF8(reason)}</p>` : '',
    `<p><a href="${escapeUTF8(input.adminUrl)}">Mở bài trong trang quản trị</a></p>`,
  ]
    .filter(Boolean)
    .join('\n')
  return {
    message: reason ? `${subject} — ${reason}` : subject,
    subject,
    text: lines.join('\n\n'),
    html,
  }
}
