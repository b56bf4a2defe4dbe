/**
 * The stage transition table (src/collections/Articles/stages/transitions.ts) walked in the real
 * admin, in Chromium (issue 11, Tests: "… through REST, GraphQL and the admin (browser),
 * including every refusal"). The API suites move every cell; this file checks what the admin
 * offers each person on an article in each stage (the stage choices, Publish, its schedule
 * drawer, Unpublish), that every move the table allows is offered, and that every choice the
 * admin offers but the table refuses is answered with the table's Vietnamese message while the
 * article stays as it was. The stage field offers only the allowed moves (and the current stage),
 * so the moves it hides are sent over the API with the person's session, refused the same way. Expectations come from the table module itself (`checkTransition`),
 * never from a copy. Then the refusals a person can still run into (a stale page, a return
 * without a reason, four-eyes, publishing outside "Chờ duyệt đăng") and the "Lịch xuất bản"
 * drawer, whose job publishes the piece.
 */
import { format } from 'date-fns'
import type { Payload } from 'payload'
import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type Stage, STAGE_LABELS, STAGES } from '@/collections/Articles/stages/stages'
import { type Capacity, checkTransition } from '@/collections/Articles/stages/transitions'
import type { Article, User } from '@/payload-types'

import { signIn } from '../helpers/e2e/admin-login'
import { baseUrl, DESKTOP, launch, screenshot } from '../helpers/e2e/browser'
import { pollUntil } from '../helpers/poll'
import { articleIn, latest } from '../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../helpers/users'

const PEOPLE = ['author', 'otherReporter', 'editorIn', 'editorOut', 'approver', 'admin'] as const
type Who = (typeof PEOPLE)[number]

const ROLE: Record<Who, TestRole> = {
  author: 'reporter',
  otherReporter: 'reporter',
  editorIn: 'editor',
  editorOut: 'editor',
  approver: 'approver',
  admin: 'admin',
}
/** What each person is for the walk's articles (all filed by `author`, in the first category). */
const CAPACITIES: Record<Who, Capacity[]> = {
  author: ['author'],
  otherReporter: [],
  editorIn: ['editor'],
  editorOut: ['editor'],
  approver: ['approver'],
  admin: ['admin'],
}

const tag = `-am${Date.now().toString(36)}`
const label = (stage: Stage) => STAGE_LABELS[stage]
const STAGE_OF_LABEL = new Map(STAGES.map((s) => [label(s), s]))

let browser: Browser
let payload: Payload
const users = {} as Record<Who, User>
const pages = {} as Record<Who, Page>
let inCategory = ''

/** What the access rules (not the table) give: may the person open the article, and save it? */
function visibleTo(who: Who, stage: Stage): boolean {
  if (who === 'editorOut') return false
  if (who === 'otherReporter') return stage === 'published'
  return true
}
function editableBy(who: Who, stage: Stage): boolean {
  if (!visibleTo(who, stage) || who === 'otherReporter') return false
  // A reporter's own piece leaves their hands once it has been published.
  if (who === 'author') return stage !== 'published' && stage !== 'unpublished'
  return true
}
const mayPublish = (who: Who) => who === 'approver' || who === 'admin'

/** The table's answer to a stage choice saved from the form (the admin sends no reason itself). */
const verdictFor = (who: Who, from: Stage, to: Stage, publishing = false, reason = '') =>
  checkTransition({ from, to, capacities: new Set(CAPACITIES[who]), publishing, reason })

/** The table's refusal message for a move it refuses (fails the test if it allows it). */
function refusedWith(who: Who, from: Stage, to: Stage, publishing = false, reason = ''): string {
  const verdict = verdictFor(who, from, to, publishing, reason)
  if (verdict.ok) throw new Error(`the table allows ${from} → ${to} to ${who}`)
  return verdict.message
}

const newArticle = (stage: Stage, name: string) =>
  articleIn(payload, stage, users.author, {
    title: `Ma trận ${name} ${tag}`,
    categories: [inCategory],
  })

/** The lock a previous visitor left would put Payload's "Tài liệu bị khóa" dialog first. */
async function unlock(id: string): Promise<void> {
  await payload.delete({
    collection: 'payload-locked-documents',
    where: { 'document.value': { equals: id } },
    overrideAccess: true,
  })
}

/**
 * Opens the edit view; false when the admin does not show the article to this person (Payload
 * then sends them back to the list with `?notFound=`).
 */
async function open(page: Page, id: string): Promise<boolean> {
  await unlock(id)
  await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
  const form = page.locator('#field-stage .rs__control')
  const notFound = page
    .waitForURL((url) => url.searchParams.get('notFound') === id)
    .catch(() => undefined)
  await Promise.race([form.waitFor(), notFound])
  if (new URL(page.url()).searchParams.get('notFound') === id) return false
  await page.locator('.doc-controls').waitFor()
  // The stage field asks the server which moves it may offer (components/admin/StageField.tsx).
  await page.locator('.stage-field[data-stage-choices="loaded"]').waitFor()
  return true
}

interface Offer {
  readOnly: boolean
  choices: Stage[]
  publish: boolean
  schedule: boolean
  unpublish: boolean
}

async function offer(page: Page): Promise<Offer> {
  const readOnly = (await page.locator('#field-stage .rs--is-disabled').count()) > 0
  let choices: Stage[] = []
  if (!readOnly) {
    await page.locator('#field-stage .rs__control').click()
    const texts = await page.locator('.rs__option').allTextContents()
    await page.keyboard.press('Escape')
    choices = texts.map((t) => STAGE_OF_LABEL.get(t.trim()) ?? (t as Stage))
  }
  const publish = (await page.locator('#action-save', { hasText: 'Xuất bản' }).count()) > 0
  let schedule = false
  const popup = page.locator('#action-save-popup button').first()
  if (publish && (await popup.count()) > 0) {
    await popup.click()
    schedule = await page
      .locator('#schedule-publish', { hasText: 'Lịch xuất bản' })
      .isVisible()
      .catch(() => false)
    await page.keyboard.press('Escape')
  }
  const unpublish = (await page.locator('#action-unpublish').count()) > 0
  return { readOnly, choices, publish, schedule, unpublish }
}

const articleSave = (id: string) => (r: Response) =>
  r.request().method() === 'PATCH' && r.url().includes(`/api/articles/${id}`)

/** The message of a refused save, as the admin shows it (a toast) and as the server sent it. */
async function refusal(page: Page, response: Response): Promise<string> {
  expect(response.status(), await response.text()).toBeGreaterThanOrEqual(400)
  const body = (await response.json()) as { errors?: Array<{ message?: string }> }
  const message = body.errors?.[0]?.message ?? ''
  try {
    await page
      .locator('[data-sonner-toast]')
      .filter({ hasText: message, visible: true })
      .first()
      .waitFor({ timeout: 10_000 })
  } catch (error) {
    await screenshot(page, 'refusal')
    console.info(
      '[stage-table-admin] expected toast',
      message,
      'shown',
      await page.locator('[data-sonner-toast]').allInnerTexts(),
    )
    throw error
  }
  return message
}

/** Picks a stage in the form; the autosave sends it. Returns the server's answer. */
async function choose(page: Page, id: string, to: Stage): Promise<Response> {
  const saved = page.waitForResponse(articleSave(id))
  await page.locator('#field-stage .rs__control').click()
  await page.locator('.rs__option', { hasText: label(to) }).click()
  return saved
}

/** A stage move the form does not offer, sent with the person's session; the refusal message. */
async function apiRefusal(page: Page, id: string, to: Stage): Promise<string> {
  const response = await page.request.patch(
    `${baseUrl()}/api/articles/${id}?draft=true&autosave=true&depth=0`,
    { data: { stage: to }, headers: { origin: baseUrl() } },
  )
  expect(response.status(), await response.text()).toBeGreaterThanOrEqual(400)
  const body = (await response.json()) as { errors?: Array<{ message?: string }> }
  return body.errors?.[0]?.message ?? ''
}

async function publishClick(page: Page, id: string): Promise<Response> {
  // The publish request itself, not an autosave of the draft that may run meanwhile.
  const saved = page.waitForResponse(
    (r) => articleSave(id)(r) && (r.request().postData() ?? '').includes('"_status":"published"'),
    { timeout: 15_000 },
  )
  await page.locator('#action-save', { hasText: 'Xuất bản' }).click()
  return saved
}

/** Stage, live status and history length: what a refused attempt must leave as it was. */
async function snapshot(id: string) {
  const draft = await latest(payload, id)
  const live = await payload.findByID({ collection: 'articles', id, overrideAccess: true })
  return { stage: draft.stage, status: live._status, moves: draft.stageHistory?.length ?? 0 }
}

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, for this file's own people and articles.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const category = (name: string) =>
    payload.create({
      collection: 'categories',
      data: { title: `Chuyên mục ${name} ${tag}` } as never,
      overrideAccess: true,
    })
  inCategory = String((await category('trong')).id)
  const outCategory = String((await category('ngoài')).id)
  for (const who of PEOPLE) {
    const categories =
      who === 'editorIn' ? [inCategory] : who === 'editorOut' ? [outCategory] : undefined
    users[who] = await createUser(payload, ROLE[who], `-${who.toLowerCase()}${tag}`, {
      categories,
    })
  }
  // One signed-in browser context per person, reused for every article. One after another: six
  // admin logins at once on a loaded 2-core machine outlasted Playwright's 30 s (two fresh-clone
  // runs failed here, every test of the file skipped).
  for (const who of PEOPLE) {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: DESKTOP,
      timezoneId: 'UTC',
    })
    const page = await context.newPage()
    // Leaving a form after a refused save asks "leave anyway?": yes, the walk moves on.
    page.on('dialog', (dialog) => void dialog.accept())
    await signIn(page, users[who].email, passwordFor(ROLE[who]))
    pages[who] = page
  }
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('what the admin offers each person, stage by stage, against the table', () => {
  const articles = {} as Record<Stage, Article>

  beforeAll(async () => {
    for (const stage of STAGES) articles[stage] = await newArticle(stage, stage)
  })

  it('lists the articles to those who may see them, and to nobody else', async () => {
    for (const who of PEOPLE) {
      const page = pages[who]
      await page.goto(
        `${baseUrl()}/admin/collections/articles?search=${encodeURIComponent(tag)}&limit=50`,
      )
      const rows = page.locator('.collection-list .table tbody tr')
      const empty = page.locator('.no-results')
      await Promise.race([rows.first().waitFor(), empty.waitFor()])
      const text = (await rows.allTextContents()).join('\n')
      const listed = STAGES.filter((stage) => text.includes(`Ma trận ${stage} ${tag}`))
      expect(listed, who).toEqual(STAGES.filter((stage) => visibleTo(who, stage)))
    }
  })

  for (const who of PEOPLE)
    it(`as ${who}: every stage's edit view offers what the table allows, and refuses the rest`, async () => {
      const page = pages[who]
      const problems: string[] = []
      let attempts = 0
      for (const from of STAGES) {
        const article = articles[from]
        const cell = `${who} on "${from}"`
        const shown = await open(page, article.id)
        if (shown !== visibleTo(who, from)) {
          problems.push(`${cell}: shown ${shown}`)
          continue
        }
        if (!shown) continue
        const got = await offer(page)
        const editable = editableBy(who, from)
        if (got.readOnly === editable) problems.push(`${cell}: read-only ${got.readOnly}`)
        if (got.publish !== (editable && mayPublish(who))) problems.push(`${cell}: publish`)
        if (got.schedule !== (editable && mayPublish(who))) problems.push(`${cell}: schedule`)
        // Payload's bare "Ẩn tài liệu" is never offered on an article: "Gỡ bài" is a stage.
        if (got.unpublish) problems.push(`${cell}: unpublish`)
        if (!editable) continue
        // Every move the table allows this person is offered.
        const allowed = STAGES.filter(
          (to) => to !== from && to !== 'published' && verdictFor(who, from, to, false, 'x').ok,
        )
        for (const to of allowed)
          if (!got.choices.includes(to)) problems.push(`${cell}: "${to}" allowed, not offered`)

        const before = await snapshot(article.id)
        // Publishing where the table does not allow it (outside "Chờ duyệt đăng").
        const publishVerdict = verdictFor(who, from, 'published', true)
        if (got.publish && !publishVerdict.ok && from !== 'published') {
          attempts++
          const message = await refusal(page, await publishClick(page, article.id))
          if (message !== publishVerdict.message)
            problems.push(`${cell}: publish said "${message}"`)
        }
        // Every stage choice the admin offers and the table refuses (returns without a reason
        // included): the table's message, and nothing saved.
        // The admin sends the reason field as it stands (a draft may still hold an old one).
        const reason = await page.locator('#field-stageReason').inputValue()
        for (const to of got.choices) {
          if (to === from) continue
          const verdict = verdictFor(who, from, to, false, reason)
          if (verdict.ok) continue
          attempts++
          const message = await refusal(page, await choose(page, article.id, to))
          if (message !== verdict.message) problems.push(`${cell} → ${to}: said "${message}"`)
        }
        // The moves the field no longer offers this person are still refused by the server, with
        // the table's message: sent as the admin's autosave would send them, over the API.
        for (const to of STAGES) {
          if (to === from || got.choices.includes(to)) continue
          const verdict = verdictFor(who, from, to, false, reason)
          if (verdict.ok) continue
          attempts++
          const message = await apiRefusal(page, article.id, to)
          if (message !== verdict.message) problems.push(`${cell} → ${to} (API): said "${message}"`)
        }
        expect(await snapshot(article.id), cell).toEqual(before)
      }
      console.info(`[stage-table-admin] ${who}: ${attempts} refused attempts in the admin`)
      expect(problems).toEqual([])
    })
})

describe('refusals a person can still run into in the admin', () => {
  it('a stage choice from a stale page: the piece moved on meanwhile', async () => {
    const article = await newArticle('editing', 'trang cũ')
    const page = pages.editorIn
    expect(await open(page, article.id)).toBe(true)
    // Meanwhile another editor forwards it to the approvers.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { stage: 'approval' },
      draft: true,
      overrideAccess: true,
    })
    const before = await snapshot(article.id)
    expect(before.stage).toBe('approval')
    // The page still offers "Trả lại" from "Chờ biên tập"; the reason is there this time.
    await page.locator('#field-stageReason').fill('Thiếu nguồn trích dẫn')
    const message = await refusal(page, await choose(page, article.id, 'returned'))
    expect(message).toBe(refusedWith('editorIn', 'approval', 'returned', false, 'x'))
    expect(message).toContain('lãnh đạo duyệt bài')
    expect(await snapshot(article.id)).toEqual(before)
  })

  it('a return without a reason', async () => {
    const article = await newArticle('approval', 'thiếu lý do')
    const page = pages.approver
    expect(await open(page, article.id)).toBe(true)
    const before = await snapshot(article.id)
    const message = await refusal(page, await choose(page, article.id, 'returned'))
    expect(message).toBe(
      'Cần ghi lý do (stageReason) khi chuyển bài từ "Chờ duyệt đăng" sang "Trả lại".',
    )
    expect(await snapshot(article.id)).toEqual(before)
  })

  it('four-eyes: an approver who last edited the piece cannot publish it', async () => {
    const article = await newArticle('approval', 'bốn mắt')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { sapo: 'Lãnh đạo sửa đoạn dẫn.' },
      draft: true,
      user: users.approver,
      overrideAccess: false,
    })
    const page = pages.approver
    expect(await open(page, article.id)).toBe(true)
    const before = await snapshot(article.id)
    const message = await refusal(page, await publishClick(page, article.id))
    expect(message).toMatch(/^Nguyên tắc bốn mắt: bạn là người sửa bài này lần cuối/)
    expect(await snapshot(article.id)).toEqual(before)
  })

  it('publishing an article that is not waiting for approval', async () => {
    const article = await newArticle('editing', 'chưa duyệt')
    const page = pages.approver
    expect(await open(page, article.id)).toBe(true)
    const before = await snapshot(article.id)
    const message = await refusal(page, await publishClick(page, article.id))
    expect(message).toBe(refusedWith('approver', 'editing', 'published', true))
    expect(await snapshot(article.id)).toEqual(before)
  })
})

describe('the "Lịch xuất bản" drawer', () => {
  it('is not offered to a reporter or an editor', async () => {
    const article = await newArticle('approval', 'lịch ẩn')
    for (const who of ['author', 'editorIn'] as const) {
      expect(await open(pages[who], article.id), who).toBe(true)
      const got = await offer(pages[who])
      expect(got.publish, who).toBe(false)
      expect(got.schedule, who).toBe(false)
      expect(await pages[who].locator('#schedule-publish').count(), who).toBe(0)
    }
  })

  it('an approver schedules a piece in "Chờ duyệt đăng"; the job publishes it then', async () => {
    const article = await newArticle('approval', 'hẹn giờ')
    const page = pages.approver
    expect(await open(page, article.id)).toBe(true)
    await page.locator('#action-save-popup button').first().click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.schedule-publish')
    await drawer.waitFor()
    // Payload preselects "Ẩn tài liệu" for a piece without newer drafts: publishing is chosen.
    await drawer.locator('.schedule-publish__type').getByText('Xuất bản', { exact: true }).click()
    // The picker works in whole minutes: the next minute at least 5 s ahead.
    const at = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000)
    const input = drawer.locator('.react-datepicker__input-container input')
    const { vi } = await import('date-fns/locale/vi')
    await input.fill(format(at, 'MMM d, yyy h:mm a', { locale: vi }))
    // Closing the calendar by clicking the drawer's heading (Escape would close the drawer).
    await drawer.locator('.schedule-publish__drawer-header h2').click()
    expect(await input.inputValue()).toBe(format(at, 'MMM d, yyy h:mm a', { locale: vi }))
    await drawer.locator('#scheduled-publish-save').click()
    await page.locator('[data-sonner-toast]', { hasText: 'Đã lên lịch thành công.' }).waitFor()
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' }, 'input.doc.value': { equals: article.id } },
      overrideAccess: true,
    })
    expect(jobs).toHaveLength(1)
    expect((jobs[0]?.input as { type?: string } | undefined)?.type).toBe('publish')
    expect(new Date(String(jobs[0]?.waitUntil)).toISOString()).toBe(at.toISOString())
    expect((await snapshot(article.id)).status).toBe('draft')
    // The server's own job runner (every 10 s) runs it once the time has come; Payload deletes
    // a job that succeeded and keeps a failed one with `hasError`.
    const job = String(jobs[0]?.id)
    const outcome = await pollUntil(
      async () => {
        const found = await payload.findByID({
          collection: 'payload-jobs',
          id: job,
          overrideAccess: true,
          disableErrors: true,
        })
        if (!found) return 'completed'
        return found.hasError ? JSON.stringify(found.log ?? found.error) : null
      },
      at.getTime() - Date.now() + 60_000,
      'the scheduled publish job to run',
    )
    expect(outcome).toBe('completed')
    const published = await payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
    })
    expect(published._status).toBe('published')
    expect(published.stage).toBe('published')
    const last = published.stageHistory?.at(-1)
    expect([last?.from, last?.to]).toEqual(['approval', 'published'])
    expect(typeof last?.by === 'object' ? last?.by?.id : last?.by).toBe(users.approver.id)
  })
})
