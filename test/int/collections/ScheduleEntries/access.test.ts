import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Leader, ScheduleEntry } from '@/payload-types'
import { weekBounds } from '@/site/schedule/week'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { parseEvents } from '../../../helpers/ics'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

/*
 * Who reads and writes the work schedule, over real HTTP (REST, GraphQL) and through the
 * site's own reads (the page's rows and the .ics feeds): readers never see a draft entry, a
 * draft leader, the unpublished edit of a published entry, or the internal notes.
 */
let t: TestPayload
let api: ApiServer
// The site's reads import the Payload config, which reads DATABASE_URI when first imported:
// they are loaded only after bootPayload has pointed it at this test's database.
let site: typeof import('@/site/data/schedule') & typeof import('@/site/feeds/schedule-ics')
const tokens = {} as Record<TestRole, string>
const NOW = new Date('2026-12-01T03:00:00Z') // Tuesday of 2026-W49 in Vietnam
const W49 = { year: 2026, week: 49 }
const SECRET = 'Nội dung nháp bí mật'

let leader: Leader
let draftLeader: Leader
let published: ScheduleEntry
let draft: ScheduleEntry
let edited: ScheduleEntry

const call = (who: TestRole | 'anon', method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, path, body)

async function entry(data: Partial<ScheduleEntry>, asDraft = false): Promise<ScheduleEntry> {
  return t.payload.create({
    collection: 'schedule-entries',
    data: {
      date: '2026-11-30T05:00:00.000Z',
      session: 'sang',
      content: 'Giao ban',
      _status: asDraft ? 'draft' : 'published',
      ...data,
    },
    draft: asDraft,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  t = await bootPayload('schedule')
  site = {
    ...(await import('@/site/data/schedule')),
    ...(await import('@/site/feeds/schedule-ics')),
  }
  api = await startApiServer(t.payload.config)
  for (const role of ['admin', 'editor', 'reporter'] as const) {
    const user = await createUser(t.payload, role)
    tokens[role] = await loginToken(api.url, user.email, passwordFor(role))
  }
  leader = await t.payload.create({
    collection: 'leaders',
    data: { name: 'Nguyễn Văn Thành', position: 'Bí thư', _status: 'published' },
    overrideAccess: true,
  })
  draftLeader = await t.payload.create({
    collection: 'leaders',
    data: { name: 'Trần Văn Nháp', position: 'Chưa công bố', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  published = await entry({
    content: 'Họp Ban Thường vụ, quý IV; tổng kết',
    chairedBy: leader.id,
    notes: 'Ghi chú nội bộ không công khai',
  })
  draft = await entry({ content: SECRET, chairedBy: leader.id, startTime: '15:00' }, true)
  edited = await entry({ content: 'Tiếp công dân định kỳ', session: 'chieu' })
  // A later unpublished edit of a published entry: readers keep the published text.
  await t.payload.update({
    collection: 'schedule-entries',
    id: edited.id,
    data: { content: `${SECRET} (sửa)` },
    draft: true,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('anonymous readers', () => {
  it('see published entries only over REST, without internal notes, drafts or draft edits', async () => {
    for (const query of ['?limit=100', '?limit=100&draft=true']) {
      const res = await call('anon', 'GET', `/api/schedule-entries${query}`)
      expect(res.status).toBe(200)
      const docs = res.json.docs as ScheduleEntry[]
      expect(docs.map((d) => d.id).sort()).toEqual([published.id, edited.id].sort())
      expect(JSON.stringify(docs)).not.toContain(SECRET)
      expect(JSON.stringify(docs)).not.toContain('Ghi chú nội bộ')
    }
    expect((await call('anon', 'GET', `/api/schedule-entries/${draft.id}`)).status).toBe(404)
    expect((await call('anon', 'GET', `/api/schedule-entries/${draft.id}?draft=true`)).status).toBe(
      404,
    )
    const one = await call('anon', 'GET', `/api/schedule-entries/${edited.id}?draft=true`)
    expect(one.json.content).toBe('Tiếp công dân định kỳ')
    expect((await call('anon', 'GET', '/api/schedule-entries/versions')).status).toBe(403)
    const count = await call('anon', 'GET', '/api/schedule-entries/count')
    expect(count.json.totalDocs).toBe(2)
  })

  it('see published entries and leaders only over GraphQL', async () => {
    const res = await call('anon', 'POST', '/api/graphql', {
      query: `{
        ScheduleEntries(limit: 100, draft: true) { docs { id content _status notes } }
        Leaders(limit: 100, draft: true) { docs { id name } }
        d: ScheduleEntry(id: "${draft.id}", draft: true) { id content }
        e: ScheduleEntry(id: "${edited.id}", draft: true) { id content }
      }`,
    })
    const data = res.json.data as {
      ScheduleEntries: { docs: Array<ScheduleEntry> }
      Leaders: { docs: Leader[] }
      d: ScheduleEntry | null
      e: ScheduleEntry | null
    }
    expect(data.ScheduleEntries.docs.map((d) => d.id).sort()).toEqual(
      [published.id, edited.id].sort(),
    )
    expect(data.ScheduleEntries.docs.every((d) => d._status === 'published' && !d.notes)).toBe(true)
    expect(data.Leaders.docs.map((l) => l.id)).toEqual([leader.id])
    expect(data.d).toBeNull()
    expect(data.e?.content).toBe('Tiếp công dân định kỳ')
    expect(JSON.stringify(res.json)).not.toContain(SECRET)
    expect(JSON.stringify(res.json)).not.toContain('Trần Văn Nháp')
  })

  it('cannot write entries', async () => {
    const res = await call('anon', 'POST', '/api/schedule-entries', {
      date: '2026-11-30',
      session: 'sang',
      content: 'x',
    })
    expect(res.status).toBe(403)
  })

  it('get neither drafts nor draft edits from the page data or the calendar feeds', async () => {
    const rows = await site.findScheduleRows(t.payload, weekBounds(W49))
    expect(rows.map((r) => r.id).sort()).toEqual([published.id, edited.id].sort())
    expect(rows.find((r) => r.id === published.id)?.chairedBy?.name).toBe('Nguyễn Văn Thành')
    const events = parseEvents(await site.scheduleIcs(t.payload, { siteName: 'Cổng', now: NOW }))
    expect(events.map((e) => e.summary).sort()).toEqual(
      ['Họp Ban Thường vụ, quý IV; tổng kết', 'Tiếp công dân định kỳ'].sort(),
    )
    const perLeader = parseEvents(
      await site.scheduleIcs(t.payload, { siteName: 'Cổng', leader, now: NOW }),
    )
    expect(perLeader.map((e) => e.uid)).toEqual([expect.stringContaining(published.id)])
    expect(await site.findPublishedLeader(t.payload, draftLeader.slug ?? '')).toBeNull()
    expect((await site.findPublishedLeader(t.payload, leader.slug ?? ''))?.id).toBe(leader.id)
  })
})

describe('staff', () => {
  it('reporters read drafts but cannot enter or change the schedule', async () => {
    const res = await call('reporter', 'GET', `/api/schedule-entries/${draft.id}?draft=true`)
    expect(res.status).toBe(200)
    expect(res.json.content).toBe(SECRET)
    const created = await call('reporter', 'POST', '/api/schedule-entries', {
      date: '2026-11-30',
      session: 'sang',
      content: 'x',
    })
    expect(created.status).toBe(403)
    const updated = await call('reporter', 'PATCH', `/api/schedule-entries/${draft.id}`, {
      content: 'y',
    })
    expect(updated.status).toBe(403)
  })

  it('editors enter entries; a bad start time is refused in Vietnamese', async () => {
    const bad = await call('editor', 'POST', '/api/schedule-entries', {
      date: '2026-11-30',
      session: 'sang',
      startTime: '25:00',
      content: 'Giờ sai',
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('Giờ bắt đầu phải có dạng HH:mm')
    const ok = await call('editor', 'POST', '/api/schedule-entries', {
      date: '2026-11-30',
      session: 'chieu',
      startTime: '14:30',
      content: 'Giờ đúng',
      _status: 'published',
    })
    expect(ok.status).toBe(201)
  })

  it('stores the day in Vietnam time whatever time zone the admin picked it in', async () => {
    // Midnight of Monday 30/11 in Vietnam, `2026-11-30` over the API, and 12:00 UTC, which the
    // admin's day picker sends in every time zone.
    for (const date of ['2026-11-29T17:00:00.000Z', '2026-11-30', '2026-11-30T12:00:00.000Z']) {
      const doc = await entry({ date, content: 'Ngày' })
      expect(doc.date).toBe('2026-11-30T12:00:00.000Z')
      expect(doc.title).toMatch(/^Thứ Hai 30\/11\/2026, Sáng: Ngày/)
    }
  })

  it('puts Sunday in its own week and Monday in the next (week bounds in Vietnam time)', async () => {
    const sunday = await entry({ date: '2026-12-06T16:00:00.000Z', content: 'Chủ nhật' })
    const monday = await entry({ date: '2026-12-06T17:30:00.000Z', content: 'Thứ hai sau' })
    const w49 = (await site.findScheduleRows(t.payload, weekBounds(W49))).map((r) => r.id)
    const w50 = (await site.findScheduleRows(t.payload, weekBounds({ year: 2026, week: 50 }))).map(
      (r) => r.id,
    )
    expect(w49).toContain(sunday.id)
    expect(w49).not.toContain(monday.id)
    expect(w50).toContain(monday.id)
  })
})
