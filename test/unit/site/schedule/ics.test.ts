import { describe, expect, it } from 'vitest'

import { eventTimes, scheduleCalendar } from '@/site/schedule/ics'
import type { ScheduleRow } from '@/site/schedule/rows'

import { parseCalendar, parseEvents } from '../../../helpers/ics'

const row = (over: Partial<ScheduleRow>): ScheduleRow => ({
  id: 'e1',
  day: { year: 2026, month: 11, day: 30 },
  session: 'sang',
  sessionLabel: 'Sáng',
  startTime: '08:00',
  content: 'Giao ban',
  chairedBy: null,
  participants: '',
  location: '',
  preparingUnit: '',
  createdAt: '2026-11-20T03:00:00.000Z',
  updatedAt: '2026-11-25T03:00:00.000Z',
  ...over,
})

const build = (rows: ScheduleRow[]) =>
  scheduleCalendar({
    name: 'Lịch công tác — Đảng ủy Khối',
    host: 'portal.example.vn',
    rows,
    pageUrl: () => 'https://portal.example.vn/lich-cong-tac?tuan=2026-W49',
  })

describe('schedule calendar feed', () => {
  it('round-trips commas, semicolons, backslashes, newlines and Vietnamese through a real parser', () => {
    const content = 'Họp Ban Thường vụ; quán triệt Nghị quyết 39-NQ/TW, kết luận\\ghi chú'
    const ics = build([
      row({
        content,
        location: 'Phòng họp tầng 2, trụ sở; khu A',
        participants: 'Thường trực;\nlãnh đạo các ban',
        chairedBy: { name: 'Nguyễn Văn Thành', position: 'Bí thư Đảng ủy Khối', slug: 'x' },
      }),
    ])
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('METHOD:PUBLISH')
    // Lines are folded at 75 octets as RFC 5545 asks.
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const [event] = parseEvents(ics)
    expect(event).toBeDefined()
    expect(event!.summary).toBe(content)
    expect(event!.location).toBe('Phòng họp tầng 2, trụ sở; khu A')
    expect(event!.description).toContain('Chủ trì: Nguyễn Văn Thành (Bí thư Đảng ủy Khối)')
    expect(event!.description).toContain('Thành phần: Thường trực;\nlãnh đạo các ban')
    expect(event!.url).toBe('https://portal.example.vn/lich-cong-tac?tuan=2026-W49')
    expect(parseCalendar(ics)['WR-CALNAME']).toBe('Lịch công tác — Đảng ủy Khối')
  })

  it('writes no control character RFC 5545 forbids in text, and cuts a long summary between characters', () => {
    // Text pasted from a word processor can carry vertical tabs (its line breaks), form feeds, NULs.
    const ics = build([
      row({
        content: 'Họp giao ban\u000bquý IV\u0000\u0007',
        location: 'Phòng\u001f họp\u000c tầng 2',
        participants: 'Thường trực\u007f',
      }),
      row({ id: 'e2', content: `${'a'.repeat(198)}😀 sau` }),
    ])
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/)
    expect(ics).not.toContain('\ufffd')
    const [first, second] = parseEvents(ics)
    expect(first!.summary).toBe('Họp giao ban quý IV')
    expect(first!.description).toContain('Họp giao ban\nquý IV')
    expect(first!.location).toBe('Phòng họp\n tầng 2')
    expect(first!.description).toContain('Thành phần: Thường trực')
    expect(second!.summary).toBe(`${'a'.repeat(198)}😀…`)
  })

  it('writes times in UTC from Vietnam wall-clock times, stable UIDs and DTSTAMP', () => {
    const rows = [
      row({ id: 'a', startTime: '08:00' }),
      row({ id: 'b', session: 'chieu', startTime: null }),
      row({ id: 'c', session: 'toi', startTime: '21:30' }),
    ]
    const first = build(rows)
    expect(first).toMatch(/DTSTART:20261130T010000Z/)
    const events = parseEvents(first)
    const byUid = new Map(events.map((e) => [e.uid, e]))
    const a = byUid.get('lich-cong-tac-a@portal.example.vn')!
    expect(a.start.toISOString()).toBe('2026-11-30T01:00:00.000Z')
    // Until the end of the morning session, 11:30 in Vietnam.
    expect(a.end.toISOString()).toBe('2026-11-30T04:30:00.000Z')
    const b = byUid.get('lich-cong-tac-b@portal.example.vn')!
    // No start time: the afternoon session's 13:30.
    expect(b.start.toISOString()).toBe('2026-11-30T06:30:00.000Z')
    const c = byUid.get('lich-cong-tac-c@portal.example.vn')!
    // After the evening session's end: one hour.
    expect(c.end.getTime() - c.start.getTime()).toBe(60 * 60 * 1000)
    expect(a.dtstamp.toISOString()).toBe('2026-11-25T03:00:00.000Z')
    // Same schedule, same bytes: subscribers and caches see no change.
    expect(build(rows)).toBe(first)
  })

  it('gives an event a positive duration whatever the time', () => {
    for (const time of ['00:00', '11:29', '11:30', '23:59']) {
      const { start, end } = eventTimes(row({ startTime: time }))
      expect(end.getTime()).toBeGreaterThan(start.getTime())
    }
  })
})
