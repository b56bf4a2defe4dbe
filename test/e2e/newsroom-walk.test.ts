/**
 * A story's walk through the newsroom in Chromium (issue 11, Tests): a reporter on a 390 px
 * phone screen writes it in the admin, adds a photo from the phone and sends it to the editors;
 * an editor forwards it to the approvers; an approver publishes it; readers see it, photo
 * included, on the public page. Each of them receives the right e-mail from a real local SMTP
 * server started here (the editor when it reached "Chờ biên tập", the approver at "Chờ duyệt
 * đăng", the reporter when it went out), and the audit log holds each step with who made it.
 *
 * This file runs its own production server (not the browser suite's shared one): the SMTP
 * settings are read when the server starts.
 */
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { adminLogin } from '../helpers/e2e/admin-login'
import { DESKTOP, launch, PHONE, screenshot } from '../helpers/e2e/browser'
import { pollUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { createUser, passwordFor, type TestRole } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let smtp: TestSmtp
let browser: Browser
const tag = `-walk${Date.now().toString(36)}`
const TITLE = `Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm ${tag}`
const SAPO = 'Sáng nay, Đảng bộ Khối tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.'
const people = {} as Record<'reporter' | 'editor' | 'approver', User>
let articleId = ''

async function photo(): Promise<Buffer> {
  return sharp({
    create: {
      width: 1600,
      height: 1200,
      channels: 3,
      background: { r: 180, g: 40, b: 40 },
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
}

const loginAs = (who: User, role: TestRole, viewport = PHONE): Promise<Page> =>
  adminLogin(browser, who.email, passwordFor(role), { viewport, url: server.url })

/**
 * Opens the article for editing. The previous person's document lock outlives their visit (it
 * lasts until it expires), so the next one gets Payload's "Tài liệu bị khóa" dialog naming them
 * and takes over ("Tiếp quản"), as the desk does in practice.
 */
async function openArticle(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin/collections/articles/${articleId}`)
  const locked = page.locator('.document-locked')
  const takeOver = locked.getByRole('button', { name: 'Tiếp quản' })
  await Promise.race([
    takeOver.waitFor({ timeout: 30_000 }),
    page.locator('#field-stage .rs__control').waitFor({ timeout: 30_000 }),
  ])
  await takeOverIfLocked(page)
}

/** Payload's lock dialog can appear after the form (its lock check runs late): take over then. */
async function takeOverIfLocked(page: Page): Promise<void> {
  // A settle, not a condition: the admin may keep polling, so this wait is bounded.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined)
  const locked = page.locator('.document-locked')
  const takeOver = locked.getByRole('button', { name: 'Tiếp quản' })
  if (await takeOver.isVisible()) {
    // The edit view finishes the take-over on the server (ClaimLockOnTakeOver): until that
    // answer, the previous holder's lock may still stand and a save would be refused.
    const claimed = page.waitForResponse(
      (res) => new URL(res.url()).pathname === '/api/locks/taken-over',
      { timeout: 30_000 },
    )
    await takeOver.click()
    await locked.waitFor({ state: 'hidden' })
    expect((await claimed).status()).toBe(200)
  }
}

/**
 * Picks a stage and waits for the autosave to store it. If the lock dialog came up over the form
 * meanwhile (so the pick never reached the form), takes over and picks again, as a person would.
 */
async function moveToStage(page: Page, label: string, stage: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await takeOverIfLocked(page)
    await page.locator('#field-stage .rs__control').click()
    await page.locator('.rs__option', { hasText: label }).click()
    try {
      await pollUntil(async () => (await stageOf(articleId)) === stage, 20_000, label)
      return
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

/** Runs until the server's job runner has sent every queued e-mail. */
const mailsTo = (who: User, count: number) =>
  pollUntil(
    async () => {
      const mails = smtp.to(who.email)
      return mails.length >= count ? mails : null
    },
    60_000,
    `${count} e-mail(s) to ${who.email}`,
  )

async function stageOf(id: string): Promise<string | null | undefined> {
  const doc = await server.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    overrideAccess: true,
  })
  return doc.stage
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
    },
    false,
  )
  people.reporter = await createUser(server.payload, 'reporter', tag)
  people.editor = await createUser(server.payload, 'editor', tag)
  people.approver = await createUser(server.payload, 'approver', tag)
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await smtp?.close()
})

describe('a story from a reporter’s phone to the public page', () => {
  it('the reporter writes it at 390 px, adds a photo and sends it to the editors', async () => {
    const page = await loginAs(people.reporter, 'reporter')
    await page.goto(`${server.url}/admin/collections/articles/create`)
    await page.locator('#field-title').fill(TITLE)
    await page.locator('#field-sapo').fill(SAPO)

    // A photo from the phone, through the cover field's "Tạo mới" drawer.
    await page.locator('#field-coverImage').getByRole('button', { name: 'Tạo mới' }).click()
    const drawer = page.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles({
      name: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(),
    })
    await drawer.locator('#field-alt').fill('Quang cảnh hội nghị sơ kết')
    await drawer.locator('#field-credit').fill('Thu Hà')
    const uploaded = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/api\/media(\?|$)/.test(r.url()),
    )
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click()
    expect((await uploaded).status()).toBe(201)
    await drawer.waitFor({ state: 'hidden' })

    // Send it to the editors: the stage, then save.
    await page.locator('#field-stage .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Chờ biên tập' }).click()
    await screenshot(page, 'walk-reporter-390')
    // Articles autosave (every 2 s): the first change created the draft, the stage goes with
    // the next autosave; there is no separate save button.
    await page.waitForURL(/\/admin\/collections\/articles\/[\w-]+$/)
    articleId = new URL(page.url()).pathname.split('/').pop() ?? ''
    await pollUntil(async () => (await stageOf(articleId)) === 'editing', 30_000, 'Chờ biên tập')
    const doc = await server.payload.findByID({
      collection: 'articles',
      id: articleId,
      draft: true,
      overrideAccess: true,
      depth: 1,
    })
    expect(doc.title).toBe(TITLE)
    expect(typeof doc.coverImage === 'object' && doc.coverImage?.credit).toBe('Thu Hà')
    await page.context().close()
  })

  it('the editor receives the e-mail and forwards the piece to the approvers', async () => {
    const [mail] = await mailsTo(people.editor, 1)
    expect(mail?.subject).toBe(`Bài chờ biên tập: ${TITLE}`)
    expect(mail?.text).toContain(`/admin/collections/articles/${articleId}`)
    const page = await loginAs(people.editor, 'editor', DESKTOP)
    await openArticle(page)
    await moveToStage(page, 'Chờ duyệt đăng', 'approval')
    await page.context().close()
  })

  it('the approver receives the e-mail and publishes; readers see it with its photo', async () => {
    const [mail] = await mailsTo(people.approver, 1)
    expect(mail?.subject).toBe(`Bài chờ duyệt đăng: ${TITLE}`)
    const page = await loginAs(people.approver, 'approver', DESKTOP)
    await openArticle(page)
    const saved = page.waitForResponse(
      (r) =>
        r.request().method() !== 'GET' &&
        r.url().includes(`/api/articles/${articleId}`) &&
        r.status() === 200,
    )
    await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
    await saved
    await page.context().close()

    const doc = await server.payload.findByID({
      collection: 'articles',
      id: articleId,
      overrideAccess: true,
    })
    expect(doc._status).toBe('published')
    const reader = await browser.newContext({ viewport: PHONE })
    const site = await reader.newPage()
    const res = await site.goto(`${server.url}/bai-viet/${doc.slug}`)
    expect(res?.status()).toBe(200)
    expect(await site.locator('h1').textContent()).toBe(TITLE)
    const img = site.locator('article img').first()
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
      .toBeGreaterThan(0)
    expect(await site.textContent('body')).toContain('Ảnh: Thu Hà')
    await reader.close()
  })

  it('each of them got the right e-mail, and the audit log holds every step with its author', async () => {
    const [published] = await mailsTo(people.reporter, 1)
    expect(published?.subject).toBe(`Bài đã xuất bản: ${TITLE}`)
    expect(smtp.to(people.reporter.email)).toHaveLength(1)
    expect(smtp.to(people.editor.email).map((m) => m.subject)).toEqual([
      `Bài chờ biên tập: ${TITLE}`,
    ])
    expect(smtp.to(people.approver.email).map((m) => m.subject)).toEqual([
      `Bài chờ duyệt đăng: ${TITLE}`,
    ])
    const { docs } = await server.payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: articleId } },
      sort: 'at',
      overrideAccess: true,
      limit: 100,
    })
    const steps = docs.map((d) => [d.action, d.actorEmail, d.summary])
    expect(steps).toContainEqual([
      'stage-transition',
      people.reporter.email,
      'stage: writing → editing',
    ])
    expect(steps).toContainEqual([
      'stage-transition',
      people.editor.email,
      'stage: editing → approval',
    ])
    expect(steps).toContainEqual([
      'stage-transition',
      people.approver.email,
      'stage: approval → published',
    ])
    expect(docs.some((d) => d.action === 'publish' && d.actorEmail === people.approver.email)).toBe(
      true,
    )
  })
})
