/** The Vietnamese wording of notices and e-mails, and who a category-limited account covers. */
import { describe, expect, it } from 'vitest'

import { noticeMessage } from '@/notifications/messages'
import { coversArticle } from '@/notifications/recipients'

const base = {
  title: 'Tin <Hội nghị> & "tổng kết"',
  actorName: 'Minh Yến',
  adminUrl: 'http://x/a/1',
}

describe('noticeMessage', () => {
  it('names the queue the piece reached, with the title and the admin link', () => {
    const m = noticeMessage({ ...base, kind: 'approval' })
    expect(m.subject).toBe('Bài chờ duyệt đăng: Tin <Hội nghị> & "tổng kết"')
    expect(m.text).toContain('Minh Yến đã chuyển bài sang "Chờ duyệt đăng"')
    expect(m.text).toContain('Mở bài trong trang quản trị: http://x/a/1')
    expect(m.message).toBe(m.subject)
  })

  it('gives a return its reason, in the notice too', () => {
    const m = noticeMessage({ ...base, kind: 'returned', reason: 'Thiếu ảnh' })
    expect(m.subject).toMatch(/^Bài bị trả lại: /)
    expect(m.text).toContain('Lý do: Thiếu ảnh')
    expect(m.message).toContain('Lý do: Thiếu ảnh')
  })

  it('tells the author their piece went out', () => {
    const m = noticeMessage({ ...base, kind: 'published' })
    expect(m.subject).toBe('Bài đã xuất bản: Tin <Hội nghị> & "tổng kết"')
    expect(m.text).toContain('Minh Yến đã duyệt và xuất bản bài của bạn')
    expect(m.message).toBe(m.subject)
  })

  it('escapes the title in the HTML body', () => {
    const { html } = noticeMessage({ ...base, kind: 'editing' })
    expect(html).not.toContain('<Hội nghị>')
    expect(html).toContain('&lt;Hội nghị&gt; &amp;')
    expect(html).toContain('href="http://x/a/1"')
  })
})

describe('coversArticle', () => {
  it('an account without categories covers everything; a limited one only its own', () => {
    expect(coversArticle({ id: 1, categories: [] }, ['a'])).toBe(true)
    expect(coversArticle({ id: 1, categories: ['a'] }, ['b', 'a'])).toBe(true)
    expect(coversArticle({ id: 1, categories: [{ id: 'a' }] }, ['b'])).toBe(false)
    expect(coversArticle({ id: 1, categories: ['a'] }, [])).toBe(false)
  })
})
