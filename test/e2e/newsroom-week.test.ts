/**
 * A week of work in the newsroom (issue 11, "Done means"), in Chromium against its own production
 * server: two reporters on 390 px phones, an editor for each of two categories, an approver and an
 * admin (all created here) run five stories dated on different days of October 2026, in the
 * Vietnamese admin. Along the way: returns with a reason at the editing and the approval stage and
 * re-filing, a photo story from a bulk upload with one credit, a scheduled publication that goes
 * out, an unpublish with a reason, the four-eyes refusal, a category editor who cannot see the
 * other category's draft, and a reporter and an editor refused publication over REST and GraphQL.
 * At the end: royalty lines adjusted in the admin, the month's report in the admin and from
 * `npm run cms -- royalties` (CSV, XLSX, LibreOffice when installed) against figures worked out by
 * hand, the audit trail in the admin and its CSV, and each person's e-mails from a local SMTP server.
 *
 * Dates: the week is in October 2026 (Vietnam time) because the editors set `publishedAt` by hand
 * in the admin (the app allows an earlier date); the scheduled piece goes out now (by this
 * machine's clock, after October), so it belongs to a later month, as the README's royalty rule says.
 *
 * Hand computation for October 2026 (default point value 50 000 đồng; default rates from
 * src/royalties/defaults.ts: tin/news "Viết" 10 points; phóng sự ảnh/photo "Ảnh" 4 points a photo):
 *   S1 news, 05/10   Lan Anh   viết 10 điểm                      10 × 50 000 =   500 000
 *   S2 news, 07/10   Quốc Bảo  viết 12 điểm (editor: 10 → 12)    12 × 50 000 =   600 000
 *   S3 photo, 09/10  Quốc Bảo  ảnh   4 điểm (1 cover photo × 4)   4 × 50 000 =   200 000
 *   S4 news, scheduled, out 30/11: November, not counted  (Lan Anh viết 10 điểm)
 *   S5 news, 12/10, then unpublished: not counted          (Quốc Bảo viết 10 điểm)
 * Per person: Lan Anh  1 bài, 1 dòng, 10 điểm, 10 × 50 000 = 500 000;
 *             Quốc Bảo 2 bài, 2 dòng, 12 + 4 = 16 điểm, 16 × 50 000 = 800 000.
 * Per unit: Ban Tuyên giáo 500 000; Văn phòng Đảng ủy 800 000.
 * Total: 3 bài, 3 dòng, 10 + 16 = 26 điểm, 0 đồng fixed, 26 × 50 000 = 1 300 000 đồng.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Author, Category, User } from '@/payload-types'

import { signIn } from '../helpers/e2e/admin-login'
import { DESKTOP, launch, PHONE } from '../helpers/e2e/browser'
import { jsonCall, loginToken } from '../helpers/http'
import { pollUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { move, moveData } from '../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let smtp: TestSmtp
let browser: Browser
const tag = `-week${Date.now().toString(36)}`

type Who = 'r1' | 'r2' | 'edA' | 'edB' | 'approver' | 'admin'
const ROLE: Record<Who, TestRole> = {
  r1: 'reporter',
  r2: 'reporter',
  edA: 'editor',
  edB: 'editor',
  approver: 'approver',
  admin: 'admin',
}
const people = {} as Record<Who, User>
const pages = {} as Partial<Record<Who, Page>>
const cat = {} as Record<'party' | 'economy', Category>
const author = {} as Record<'lanAnh' | 'quocBao', Author>

const T = {
  s1: `Hội nghị Ban Chấp hành Đảng bộ Khối tháng Mười ${tag}`,
  s2: `Tọa đàm phát triển kinh tế tập thể ${tag}`,
  s3: `Phóng sự ảnh: Ngày hội đại đoàn kết ${tag}`,
  s4: `Kế hoạch kiểm tra, giám sát quý IV ${tag}`,
  s5: `Thông báo kết quả hội thi ${tag}`,
}
const ids = {} as Record<keyof typeof T, string>
const PHOTO_CREDIT = 'Quốc Bảo'
const PHOTO_PREFIX = 'Ngày hội đại đoàn kết toàn dân tộc:'
const PHOTOS = [1, 2, 3].map((i) => `WEEK${tag}_${i}.jpg`)
const REASONS = {
  editing: 'Bổ sung số liệu kết nạp đảng viên mới',
  approval: 'Cần thêm ý kiến của chuyên gia',
  unpublish: 'Thông tin về giải thưởng chưa chính xác',
}
const PUBLISH_REFUSAL = 'Chỉ lãnh đạo duyệt bài hoặc quản trị được đăng bài'

/** Each person signs in once, in their own browser context, in Hà Nội time and Vietnamese. */
async function pageOf(who: Who): Promise<Page> {
  const existing = pages[who]
  if (existing) return existing
  const phone = who === 'r1' || who === 'r2'
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: phone ? PHONE : DESKTOP,
  })
  const page = await context.newPage()
  await signIn(page, people[who].email, passwordFor(ROLE[who]), server.url)
  pages[who] = page
  return page
}

const stored = (id: string, draft = true) =>
  server.payload.findByID({ collection: 'articles', id, draft, overrideAccess: true, depth: 0 })

/** Whether someone other than `who` holds a live lock on the article (Payload's dialog shows). */
async function lockedByOther(who: Who, id: string): Promise<boolean> {
  const { docs } = await server.payload.find({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.value': { equals: id } },
        { 'user.value': { not_equals: people[who].id } },
        { updatedAt: { greater_than: new Date(Date.now() - 300_000).toISOString() } },
      ],
    },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length > 0
}

/**
 * The colleague before still has the article open, so Payload's dialog names them: take over,
 * as a person would, and go on once the admin shows the form it reloads for the new holder
 * (what is typed meanwhile is kept anyway: src/components/admin/locks/KeepEditsOnTakeOver.tsx,
 * test/e2e/return-reason.test.ts).
 */
async function takeOver(page: Page, who: Who, id: string): Promise<void> {
  const form = page.locator('form.collection-edit__form')
  await form.evaluate((el) => el.setAttribute('data-before-take-over', ''))
  await page.locator('.document-locked').getByRole('button', { name: 'Tiếp quản' }).click()
  await page.locator('.document-locked').waitFor({ state: 'hidden' })
  await pollUntil(async () => !(await lockedByOther(who, id)), 30_000, `${who} holds the lock`)
  // A dialog shown with the page: the refresh mounts the form anew. A dialog raised after the
  // page loaded (by its first form-state answer, depending on timing): the refresh resets the
  // same form, so wait for the refresh to settle instead.
  await Promise.race([
    page.locator('form.collection-edit__form:not([data-before-take-over])').waitFor(),
    page.waitForLoadState('networkidle').then(() => page.waitForTimeout(2_000)),
  ])
}

async function open(who: Who, id: string): Promise<Page> {
  const page = await pageOf(who)
  const locked = await lockedByOther(who, id)
  await page.goto(`${server.url}/admin/collections/articles/${id}`)
  await page.locator('#field-stage .rs__control').waitFor({ timeout: 30_000 })
  if (locked) await takeOver(page, who, id)
  return page
}

/** Picks an option of a select. */
async function pick(page: Page, field: string, label: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

/**
 * Picks a stage, right after typing the reason when the move needs one, and waits until the
 * autosave stored it.
 */
async function moveTo(page: Page, id: string, label: string, stage: string, reason?: string) {
  if (reason !== undefined) await page.locator('#field-stageReason').fill(reason)
  await pick(page, 'stage', label)
  await pollUntil(async () => (await stored(id)).stage === stage, 20_000, label)
}

/** Returns (or unpublishes) with a reason typed first, so the autosave carries both together. */
const withReason = (page: Page, id: string, reason: string, label: string, stage: string) =>
  moveTo(page, id, label, stage, reason)

/** A reporter writes a piece on the phone, in a category with a byline, and files it. */
async function file(
  who: 'r1' | 'r2',
  key: keyof typeof T,
  category: Category,
  by?: Author,
  kind?: string,
) {
  const page = await pageOf(who)
  await page.goto(`${server.url}/admin/collections/articles/create`)
  await page.locator('#field-title').fill(T[key])
  await page.locator('#field-sapo').fill(`Tin về ${T[key]}.`)
  // The first autosave creates the article and the address becomes its id (a new one).
  const idOf = (url: URL) => url.pathname.match(/\/admin\/collections\/articles\/([\w-]+)$/)?.[1]
  const known = Object.values(ids)
  await page.waitForURL(
    (url) => {
      const id = idOf(url)
      return Boolean(id) && id !== 'create' && !known.includes(id!)
    },
    { timeout: 30_000 },
  )
  ids[key] = idOf(new URL(page.url())) ?? ''
  await pick(page, 'categories', category.title)
  if (by) await pick(page, 'authors', by.name)
  if (kind) await pick(page, 'kind', kind)
  await pollUntil(
    async () => {
      const doc = await stored(ids[key])
      return (doc.categories ?? []).length === 1 && (doc.authors ?? []).length === (by ? 1 : 0)
    },
    20_000,
    `${key} saved with its category`,
  )
  return page
}

/** The editor dates the piece (Hà Nội time, typed in the admin's date field) and forwards it. */
async function dateAndForward(who: 'edA' | 'edB', id: string, day: string, iso: string) {
  const page = await open(who, id)
  const input = page.locator('#field-publishedAt input')
  await input.click()
  await input.press('Control+A')
  await input.pressSequentially(day)
  await input.press('Enter')
  let last: unknown
  try {
    await pollUntil(
      async () => (last = (await stored(id)).publishedAt) === iso,
      20_000,
      `date ${day}`,
    )
  } catch {
    throw new Error(
      `${day}: stored publishedAt ${String(last)}, field shows ${await input.inputValue()}`,
    )
  }
  await moveTo(page, id, 'Chờ duyệt đăng', 'approval')
}

async function publishInAdmin(who: Who, id: string): Promise<Page> {
  const page = await open(who, id)
  await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
  return page
}

const mailSubjects = (who: Who) =>
  smtp
    .to(people[who].email)
    .map((m) => m.subject)
    .sort()

async function photo(i: number): Promise<Buffer> {
  return sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 40 * i, g: 120, b: 90 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer()
}

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startProductionServer(
    {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'Tòa soạn <toasoan@test.vn>',
      RATE_LIMIT_API: '100000',
      RATE_LIMIT_PAGES: '100000',
      RATE_LIMIT_LOGIN: '1000',
    },
    false,
  )
  const p = server.payload
  cat.party = await p.create({
    collection: 'categories',
    data: { title: `Xây dựng Đảng ${tag}` },
    overrideAccess: true,
  })
  cat.economy = await p.create({
    collection: 'categories',
    data: { title: `Kinh tế ${tag}` },
    overrideAccess: true,
  })
  author.lanAnh = await p.create({
    collection: 'authors',
    data: { name: 'Lan Anh', unit: 'Ban Tuyên giáo' },
    overrideAccess: true,
  })
  author.quocBao = await p.create({
    collection: 'authors',
    data: { name: PHOTO_CREDIT, unit: 'Văn phòng Đảng ủy' },
    overrideAccess: true,
  })
  people.r1 = await createUser(p, 'reporter', `${tag}-1`)
  people.r2 = await createUser(p, 'reporter', `${tag}-2`)
  people.edA = await createUser(p, 'editor', `${tag}-a`, { categories: [cat.party.id] })
  people.edB = await createUser(p, 'editor', `${tag}-b`, { categories: [cat.economy.id] })
  people.approver = await createUser(p, 'approver', tag)
  people.admin = await createUser(p, 'admin', tag)
  browser = await launch()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await smtp?.close()
})

describe('a week in the newsroom', () => {
  it('Monday: a story is returned by its editor with a reason, re-filed and forwarded', async () => {
    const r1 = await file('r1', 's1', cat.party, author.lanAnh)
    await moveTo(r1, ids.s1, 'Chờ biên tập', 'editing')
    const edA = await open('edA', ids.s1)
    await withReason(edA, ids.s1, REASONS.editing, 'Trả lại', 'returned')
    expect(String((await stored(ids.s1)).returnedTo)).toBe(people.r1.id)
    await open('r1', ids.s1)
    await moveTo(r1, ids.s1, 'Chờ biên tập', 'editing')
    await dateAndForward('edA', ids.s1, '05/10/2026 09:00', '2026-10-05T02:00:00.000Z')
  })

  it('Tuesday: the other desk’s story is filed; its editor cannot see the first one', async () => {
    const r2 = await file('r2', 's2', cat.economy, author.quocBao)
    await moveTo(r2, ids.s2, 'Chờ biên tập', 'editing')
    const edB = await pageOf('edB')
    await edB.goto(`${server.url}/admin/collections/articles?search=${encodeURIComponent(tag)}`)
    await edB.locator('.table, .collection-list__no-results').first().waitFor()
    const list = await edB.locator('body').innerText()
    expect(list).toContain(T.s2)
    expect(list).not.toContain(T.s1)
    const refused = await jsonCall(
      server.url,
      await loginToken(server.url, people.edB.email, passwordFor('editor')),
      'GET',
      `/api/articles/${ids.s1}?draft=true`,
    )
    expect(refused.status).toBe(404)
    await dateAndForward('edB', ids.s2, '07/10/2026 14:00', '2026-10-07T07:00:00.000Z')
  })

  it('Wednesday: the approver publishes one and returns the other with a reason', async () => {
    await publishInAdmin('approver', ids.s1)
    await pollUntil(async () => (await stored(ids.s1, false))._status === 'published', 30_000, 's1')
    expect((await stored(ids.s1)).stage).toBe('published')
    const approver = await open('approver', ids.s2)
    await withReason(approver, ids.s2, REASONS.approval, 'Trả lại', 'returned')
    expect(String((await stored(ids.s2)).returnedTo)).toBe(people.edB.id)
    const edB = await open('edB', ids.s2)
    await moveTo(edB, ids.s2, 'Chờ duyệt đăng', 'approval')
  })

  it('mid-week: a reporter and an editor cannot publish through REST or GraphQL', async () => {
    const ctx = { url: server.url, payload: server.payload }
    for (const who of ['r2', 'edB'] as const) {
      const person = {
        user: people[who],
        token: await loginToken(server.url, people[who].email, passwordFor(ROLE[who])),
      }
      for (const api of ['rest', 'graphql'] as const) {
        const outcome = await move(api, ctx, person, ids.s2, moveData('published'))
        expect(outcome.ok, `${who} ${api}`).toBe(false)
        expect(outcome.message, `${who} ${api}`).toContain(PUBLISH_REFUSAL)
      }
    }
    expect((await stored(ids.s2, false))._status).not.toBe('published')
    await publishInAdmin('approver', ids.s2)
    await pollUntil(async () => (await stored(ids.s2, false))._status === 'published', 30_000, 's2')
  })

  it('Thursday: a photo story from a bulk upload with one credit; four-eyes stops the approver', async () => {
    const r1 = await pageOf('r1')
    await r1.goto(`${server.url}/admin/collections/media`)
    await r1.getByRole('button', { name: 'Tải lên số lượng lớn' }).click()
    await r1
      .locator('.bulk-upload--add-files input[type="file"]')
      .setInputFiles(
        await Promise.all(
          PHOTOS.map(async (name, i) => ({ name, mimeType: 'image/jpeg', buffer: await photo(i) })),
        ),
      )
    await r1.getByRole('button', { name: 'Chỉnh sửa tất cả' }).click()
    const editAll = r1.locator('.edit-many-bulk-uploads__main')
    // One credit (and a caption prefix, which also stands in for the alt text) for all photos.
    for (const [label, id, value] of [
      ['Tác giả ảnh', '#field-credit', PHOTO_CREDIT],
      ['Tiền tố chú thích', '#field-captionPrefix', PHOTO_PREFIX],
    ] as const) {
      await editAll.locator('.field-select .rs__control').click()
      await r1.locator('.rs__option', { hasText: label }).click()
      await editAll.locator(id).fill(value)
    }
    await editAll.getByRole('button', { name: 'Áp dụng thay đổi' }).click()
    await editAll.waitFor({ state: 'hidden' })
    await r1.getByRole('button', { name: 'Lưu', exact: true }).click()
    const uploaded = await pollUntil(
      async () => {
        const { docs } = await server.payload.find({
          collection: 'media',
          where: { filename: { in: PHOTOS } },
          overrideAccess: true,
          depth: 0,
        })
        return docs.length === PHOTOS.length ? docs : null
      },
      90_000,
      'three photos stored',
    )
    expect(uploaded.map((m) => m.credit)).toEqual(PHOTOS.map(() => PHOTO_CREDIT))
    expect(uploaded.every((m) => m.caption?.startsWith(PHOTO_PREFIX))).toBe(true)

    // The story: the first photo as its cover, picked from the library.
    await file('r1', 's3', cat.party, undefined, 'Phóng sự ảnh')
    expect((await stored(ids.s3)).kind).toBe('photo')
    await r1.locator('#field-coverImage').getByRole('button', { name: 'Chọn từ thư viện' }).click()
    const drawer = r1.locator('.drawer__content').last()
    await drawer.getByText(PHOTOS[0]!, { exact: true }).first().click()
    await pollUntil(async () => Boolean((await stored(ids.s3)).coverImage), 20_000, 'cover')
    await moveTo(r1, ids.s3, 'Chờ biên tập', 'editing')
    await dateAndForward('edA', ids.s3, '09/10/2026 08:00', '2026-10-09T01:00:00.000Z')

    // The approver fixes the title, so was the last to edit it: publishing is refused.
    const approver = await open('approver', ids.s3)
    T.s3 = `${T.s3} (ảnh)`
    await approver.locator('#field-title').fill(T.s3)
    await pollUntil(async () => (await stored(ids.s3)).title === T.s3, 20_000, 'title fixed')
    await approver.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
    await approver
      .locator('[data-sonner-toast]', { hasText: 'Nguyên tắc bốn mắt' })
      .first()
      .waitFor({ timeout: 20_000 })
    expect((await stored(ids.s3, false))._status).not.toBe('published')
    // The admin, who did not touch it, publishes it.
    await publishInAdmin('admin', ids.s3)
    await pollUntil(async () => (await stored(ids.s3, false))._status === 'published', 30_000, 's3')
  })

  it('Friday: a scheduled piece goes out; a published one is taken down with a reason', async () => {
    const r2 = await file('r2', 's4', cat.economy, author.lanAnh)
    await moveTo(r2, ids.s4, 'Chờ biên tập', 'editing')
    const edB = await open('edB', ids.s4)
    await moveTo(edB, ids.s4, 'Chờ duyệt đăng', 'approval')
    // What the admin's "Lịch xuất bản" drawer queues, as the approver, due now.
    const queuedAt = Date.now()
    await server.payload.jobs.queue({
      task: 'schedulePublish',
      queue: 'default',
      waitUntil: new Date(Date.now() - 1000),
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: ids.s4 },
        user: { relationTo: 'users', value: people.approver.id },
      },
    })

    const r1 = await file('r1', 's5', cat.party, author.quocBao)
    await moveTo(r1, ids.s5, 'Chờ biên tập', 'editing')
    await dateAndForward('edA', ids.s5, '12/10/2026 10:30', '2026-10-12T03:30:00.000Z')
    await publishInAdmin('approver', ids.s5)
    await pollUntil(async () => (await stored(ids.s5, false))._status === 'published', 30_000, 's5')
    const approver = await open('approver', ids.s5)
    await withReason(approver, ids.s5, REASONS.unpublish, 'Gỡ bài', 'unpublished')
    await pollUntil(async () => (await stored(ids.s5, false))._status === 'draft', 30_000, 'off')

    await server.payload.jobs.run({ queue: 'default' })
    const s4 = await pollUntil(
      async () => {
        const doc = await stored(ids.s4, false)
        return doc._status === 'published' ? doc : null
      },
      60_000,
      'the scheduled publication',
    )
    expect(s4.stage).toBe('published')
    // Dated when it went out: now, not in October's report.
    const publishedAt = Date.parse(s4.publishedAt ?? '')
    expect(publishedAt).toBeGreaterThanOrEqual(queuedAt - 1000)
    expect(publishedAt).toBeLessThanOrEqual(Date.now())
  })

  it('Friday evening: the editor raises a royalty line in the admin', async () => {
    const edB = await open('edB', ids.s2)
    await edB.locator('.tabs-field__tab-button', { hasText: 'Nhuận bút' }).click()
    const points = edB.locator('#field-royalties__0__points')
    expect(await points.inputValue()).toBe('10')
    await points.fill('12')
    await pollUntil(
      async () => (await stored(ids.s2)).royalties?.[0]?.points === 12,
      20_000,
      'royalty line saved',
    )
  })
})

describe('the end of the month', () => {
  const expectedPeople = [
    ['1', 'Lan Anh', 'Ban Tuyên giáo', '1', '1', '10', '500000', '0', '500000'],
    ['2', 'Quốc Bảo', 'Văn phòng Đảng ủy', '2', '2', '16', '800000', '0', '800000'],
    ['', 'Tổng cộng', '', '3', '3', '26', '1300000', '0', '1300000'],
  ]

  it('the royalty report in the admin has the hand-computed totals', async () => {
    // A new tab of the approver's session: the report is a page of its own.
    const page = await (await pageOf('approver')).context().newPage()
    await page.goto(`${server.url}/admin/nhuan-but?thang=2026-10`)
    await page.getByText('Tổng cộng').first().waitFor()
    const text = await page.locator('body').innerText()
    expect(text).toContain('Lan Anh')
    expect(text).toContain('Quốc Bảo')
    expect(text).toContain((500_000).toLocaleString('vi-VN'))
    expect(text).toContain((800_000).toLocaleString('vi-VN'))
    expect(text).toContain((1_300_000).toLocaleString('vi-VN'))
    expect(text).not.toContain(T.s4)
    expect(text).not.toContain(T.s5)
  })

  it('npm run cms -- royalties gives the same figures as CSV and XLSX', async () => {
    const cms = (...args: string[]) =>
      spawnSync(
        'npm',
        ['run', '--silent', 'cms', '--', 'royalties', '--month', '2026-10', ...args],
        {
          env: { ...process.env, LOG_LEVEL: 'error' },
          encoding: 'utf8',
          timeout: 180_000,
        },
      )
    const csv = cms('--csv')
    expect(csv.status, csv.stderr).toBe(0)
    const rows = parse(csv.stdout, { bom: true, relax_column_count: true }) as string[][]
    const at = rows.findIndex((r) => r[0] === 'Nhuận bút tháng 10/2026 theo người')
    expect(rows.slice(at + 2, at + 5)).toEqual(expectedPeople)
    const lines = rows.slice(rows.findIndex((r) => r[0] === 'Chi tiết nhuận bút tháng 10/2026'))
    expect(lines.some((r) => r.includes(T.s4) || r.includes(T.s5))).toBe(false)

    const out = path.join(server.dir, 'nhuan-but-2026-10.xlsx')
    const xlsx = cms('--xlsx', '--out', out)
    expect(xlsx.status, xlsx.stderr).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    const sheet = workbook.getWorksheet('Theo người')!
    expect(sheet.getCell('B3').value).toBe('Lan Anh')
    expect(sheet.getCell('I4').value).toBe(800_000)
    expect(sheet.getCell('I5').value).toBe(1_300_000)
    const units = workbook.getWorksheet('Theo đơn vị')!
    expect(units.getCell('B3').value).toBe('Ban Tuyên giáo')
    expect(units.getCell('I3').value).toBe(500_000)

    // LibreOffice, when installed (Debian libreoffice-calc-nogui): the first sheet as CSV.
    const office = ['libreoffice', 'soffice'].find(
      (bin) => spawnSync('which', [bin], { encoding: 'utf8' }).status === 0,
    )
    if (!office) return
    const converted = spawnSync(
      office,
      [
        '--headless',
        `-env:UserInstallation=file://${path.join(server.dir, 'office-profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        server.dir,
        out,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    )
    expect(converted.status, converted.stderr).toBe(0)
    const officeRows = parse(
      fs.readFileSync(path.join(server.dir, 'nhuan-but-2026-10.csv'), 'utf8'),
      { bom: true, relax_column_count: true },
    ) as string[][]
    expect(officeRows.find((r) => r[1] === 'Quốc Bảo')?.[2]).toBe('Văn phòng Đảng ủy')
    expect(officeRows.find((r) => r[1] === 'Tổng cộng')?.[8]).toMatch(
      /^1[.,\u00a0 ]?300[.,\u00a0 ]?000$/,
    )
  })

  it('the audit trail holds the week in order, in the admin and its CSV, and cannot be altered', async () => {
    const adminToken = await loginToken(server.url, people.admin.email, passwordFor('admin'))
    const res = await fetch(`${server.url}/api/audit-log/export.csv?action=stage-transition`, {
      headers: { authorization: `JWT ${adminToken}` },
    })
    expect(res.status).toBe(200)
    const rows = parse(await res.text(), { bom: true, relax_column_count: true }) as string[][]
    const trail = (id: string) =>
      rows
        .filter((r) => r.includes(id))
        .map((r) => [people[whoByEmail(r)]?.email, r.find((c) => c.startsWith('stage: '))])
    const e = (who: Who) => people[who].email
    expect(trail(ids.s1)).toEqual([
      [e('r1'), 'stage: writing → editing'],
      [e('edA'), `stage: editing → returned — ${REASONS.editing}`],
      [e('r1'), 'stage: returned → editing'],
      [e('edA'), 'stage: editing → approval'],
      [e('approver'), 'stage: approval → published'],
    ])
    expect(trail(ids.s2)).toEqual([
      [e('r2'), 'stage: writing → editing'],
      [e('edB'), 'stage: editing → approval'],
      [e('approver'), `stage: approval → returned — ${REASONS.approval}`],
      [e('edB'), 'stage: returned → approval'],
      [e('approver'), 'stage: approval → published'],
    ])
    expect(trail(ids.s3).at(-1)).toEqual([e('admin'), 'stage: approval → published'])
    expect(trail(ids.s4).at(-1)).toEqual([e('approver'), 'stage: approval → published'])
    expect(trail(ids.s5).at(-1)).toEqual([
      e('approver'),
      `stage: published → unpublished — ${REASONS.unpublish}`,
    ])

    const { docs } = await server.payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: ids.s5 } },
      sort: 'at',
      overrideAccess: true,
      limit: 100,
      depth: 0,
    })
    const actions = docs.map((d) => d.action)
    expect(actions).toContain('publish')
    expect(actions).toContain('unpublish')

    // The admin view lists the entries of a document.
    const page = await (await pageOf('admin')).context().newPage()
    await page.goto(
      `${server.url}/admin/collections/audit-log?limit=100&where[documentId][equals]=${ids.s1}`,
    )
    await page.locator('.table').waitFor()
    const shown = await page.locator('.table').innerText()
    for (const who of ['r1', 'edA', 'approver'] as const) expect(shown).toContain(e(who))

    const entry = docs[0]!
    const patch = await jsonCall(server.url, adminToken, 'PATCH', `/api/audit-log/${entry.id}`, {
      summary: 'đã sửa',
    })
    expect(patch.status).toBe(403)
    const del = await jsonCall(server.url, adminToken, 'DELETE', `/api/audit-log/${entry.id}`)
    expect(del.status).toBe(403)
    const gql = await jsonCall(server.url, adminToken, 'POST', '/api/graphql', {
      query: `mutation { deleteAuditLog(id: "${entry.id}") { id } }`,
    })
    expect((gql.json.errors as unknown[] | undefined)?.length).toBeGreaterThan(0)
    const again = await server.payload.findByID({
      collection: 'audit-log',
      id: entry.id,
      overrideAccess: true,
    })
    expect(again.summary).toBe(entry.summary)
  })

  it('each person received exactly the e-mails the rules say', async () => {
    const expected: Record<Who, string[]> = {
      r1: [
        `Bài bị trả lại: ${T.s1}`,
        `Bài đã xuất bản: ${T.s1}`,
        `Bài đã xuất bản: ${T.s3}`,
        `Bài đã xuất bản: ${T.s5}`,
      ],
      r2: [`Bài đã xuất bản: ${T.s2}`, `Bài đã xuất bản: ${T.s4}`],
      edA: [
        `Bài chờ biên tập: ${T.s1}`,
        `Bài chờ biên tập: ${T.s1}`,
        `Bài chờ biên tập: ${T.s3.replace(/ \(ảnh\)$/, '')}`,
        `Bài chờ biên tập: ${T.s5}`,
      ],
      edB: [`Bài bị trả lại: ${T.s2}`, `Bài chờ biên tập: ${T.s2}`, `Bài chờ biên tập: ${T.s4}`],
      approver: [
        `Bài chờ duyệt đăng: ${T.s1}`,
        `Bài chờ duyệt đăng: ${T.s2}`,
        `Bài chờ duyệt đăng: ${T.s2}`,
        `Bài chờ duyệt đăng: ${T.s3.replace(/ \(ảnh\)$/, '')}`,
        `Bài chờ duyệt đăng: ${T.s4}`,
        `Bài chờ duyệt đăng: ${T.s5}`,
      ],
      admin: [],
    }
    const total = Object.values(expected).reduce((n, list) => n + list.length, 0)
    await pollUntil(async () => smtp.messages.length >= total, 60_000, `${total} e-mails`)
    // A moment more, so a surplus e-mail would arrive and be caught.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    for (const who of Object.keys(expected) as Who[])
      expect(mailSubjects(who), who).toEqual([...expected[who]].sort())
    expect(smtp.messages).toHaveLength(total)
  })
})

function whoByEmail(row: string[]): Who {
  const found = (Object.keys(people) as Who[]).find((w) => row.includes(people[w].email))
  if (!found) throw new Error(`audit row by nobody of the week: ${row.join(' | ')}`)
  return found
}
