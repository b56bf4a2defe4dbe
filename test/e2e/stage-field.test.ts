/**
 * The article's stage field and publish controls in the real admin (Chromium): the field offers
 * only the current stage and the moves this person may make on this article (from the server's
 * decision, components/admin/StageField.tsx), with a hint naming who makes the others; Payload's
 * "Ẩn tài liệu" entry, which could never succeed on an article, gives way to how "Gỡ bài" is done;
 * the "Lịch xuất bản" drawer of a piece never published starts on publishing.
 */
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { STAGE_LABELS } from '@/collections/Articles/stages/stages'
import type { User } from '@/payload-types'

import { signIn } from '../helpers/e2e/admin-login'
import { baseUrl, DESKTOP, launch } from '../helpers/e2e/browser'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../helpers/users'

const tag = `-sf${Date.now().toString(36)}`
let browser: Browser
let payload: Payload
const users = {} as Record<'reporter' | 'editor' | 'approver', User>

async function pageAs(role: keyof typeof users): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: DESKTOP })
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  await signIn(page, users[role].email, passwordFor(role as TestRole))
  return page
}

async function openArticle(page: Page, id: string): Promise<void> {
  await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
  await page.locator('.doc-controls').waitFor()
  await page.locator('.stage-field[data-stage-choices="loaded"]').waitFor()
}

/** The stage options the select shows when opened. */
async function stageOptions(page: Page): Promise<string[]> {
  await page.locator('#field-stage .rs__control').click()
  const texts = await page.locator('.rs__option').allTextContents()
  await page.keyboard.press('Escape')
  return texts.map((t) => t.trim())
}

beforeAll(async () => {
  browser = await launch()
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  for (const role of ['reporter', 'editor', 'approver'] as const)
    users[role] = await createUser(payload, role, `-${role}${tag}`)
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('the stage field offers only the moves the person may make', () => {
  it('a reporter on their own draft: "Đang viết" and "Chờ biên tập" only', async () => {
    const article = await articleIn(payload, 'writing', users.reporter, {
      title: `Bản nháp phóng viên ${tag}`,
    })
    const page = await pageAs('reporter')
    await openArticle(page, article.id)
    expect(await stageOptions(page)).toEqual([STAGE_LABELS.writing, STAGE_LABELS.editing])
    expect(await page.locator('#stage-field-hint').textContent()).toContain('chỉ quản trị')
    // The move offered works from the form (the autosave sends it).
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/articles/${article.id}`),
    )
    await page.locator('#field-stage .rs__control').click()
    await page.locator('.rs__option', { hasText: STAGE_LABELS.editing }).click()
    expect((await saved).status()).toBe(200)
    // Once in "Chờ biên tập" the author has no further move: the offer follows the saved stage.
    await expect
      .poll(() => stageOptions(page), { timeout: 20_000, interval: 1_000 })
      .toEqual([STAGE_LABELS.editing])
    await page.context().close()
  })

  it('an editor on a piece in "Chờ biên tập": forward or return, never "Đã đăng"', async () => {
    const article = await articleIn(payload, 'editing', users.reporter, {
      title: `Bài chờ biên tập ${tag}`,
    })
    const page = await pageAs('editor')
    await openArticle(page, article.id)
    const options = await stageOptions(page)
    expect(options).toEqual([STAGE_LABELS.editing, STAGE_LABELS.approval, STAGE_LABELS.returned])
    expect(options).not.toContain(STAGE_LABELS.published)
    await page.context().close()
  })

  it('the refused moves stay refused by the server with the table message', async () => {
    const article = await articleIn(payload, 'editing', users.reporter, {
      title: `Bài gửi thẳng ${tag}`,
    })
    const page = await pageAs('reporter')
    const res = await page.request.patch(
      `${baseUrl()}/api/articles/${article.id}?draft=true&depth=0`,
      { data: { stage: 'approval' }, headers: { origin: baseUrl() } },
    )
    expect(res.status()).toBe(403)
    expect(await res.text()).toContain('Chỉ biên tập viên hoặc quản trị được chuyển bài')
    await page.context().close()
  })
})

describe('publish controls of an article', () => {
  it('a live article: no "Ẩn tài liệu", the menu says how "Gỡ bài" is done', async () => {
    const article = await articleIn(payload, 'published', users.reporter, {
      title: `Bài đã đăng ${tag}`,
    })
    const page = await pageAs('approver')
    await openArticle(page, article.id)
    expect(await page.locator('#action-unpublish').count()).toBe(0)
    const howto = page.locator('#action-unpublish-howto')
    expect(await howto.count()).toBe(1)
    expect(await howto.textContent()).toContain('Gỡ bài: ghi lý do rồi chọn giai đoạn "Gỡ bài"')
    await page.context().close()
  })

  it('the schedule drawer of a piece never published starts on "Xuất bản"', async () => {
    const article = await articleIn(payload, 'approval', users.reporter, {
      title: `Bài chờ duyệt ${tag}`,
    })
    const page = await pageAs('approver')
    await openArticle(page, article.id)
    await page.locator('#action-save-popup button').first().click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.schedule-publish')
    await drawer.waitFor()
    const radios = drawer.locator('.schedule-publish__type input[type="radio"]')
    await expect.poll(() => radios.nth(0).isChecked(), { timeout: 10_000 }).toBe(true)
    expect(await radios.nth(1).isChecked()).toBe(false)
    await page.context().close()
  })
})
