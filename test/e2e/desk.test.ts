import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin } from '../helpers/e2e/admin-login'
import { baseUrl, launch } from '../helpers/e2e/browser'
import { jsonCall, loginToken } from '../helpers/http'
import { pollUntil } from '../helpers/poll'
import { createUser, passwordFor } from '../helpers/users'

/*
 * The desk and document locking in Chromium against the production server (issue 11 §2): an
 * editor's home page lists what waits for them and links to it, with their unread notices in
 * the menu; while they have the piece open, a second editor is told who holds it, over the API
 * (the lock names the holder; a save is refused in Vietnamese with the holder's name) and in
 * the admin (Payload's "document locked" dialog with the holder's name, never their e-mail).
 */
let browser: Browser
let payload: Payload
const tag = `-desk${Date.now().toString(36)}`
const TITLE = `Tin hội nghị chờ biên tập ${tag}`
let articleId: string
const who = {} as Record<'reporter' | 'editorA' | 'editorB', { email: string; token: string }>

const adminLoginAs = (email: string, password: string): Promise<Page> =>
  adminLogin(browser, email, password, { locale: 'en-US' })

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, only to create this test's own accounts.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const make = async (key: keyof typeof who, role: 'reporter' | 'editor', name: string) => {
    const user = await createUser(payload, role, `${tag}-${key}`)
    await payload.update({ collection: 'users', id: user.id, data: { name }, overrideAccess: true })
    who[key] = {
      email: user.email,
      token: await loginToken(baseUrl(), user.email, passwordFor(role)),
    }
  }
  await make('reporter', 'reporter', 'Phóng viên Thu Hà')
  await make('editorA', 'editor', 'Biên tập viên Ngọc Lan')
  await make('editorB', 'editor', 'Biên tập viên Văn Minh')
  const created = await jsonCall(
    baseUrl(),
    who.reporter.token,
    'POST',
    '/api/articles?draft=true',
    {
      title: TITLE,
      kind: 'news',
      _status: 'draft',
    },
  )
  articleId = String((created.json.doc as { id: string }).id)
  const sent = await jsonCall(
    baseUrl(),
    who.reporter.token,
    'PATCH',
    `/api/articles/${articleId}?draft=true`,
    { stage: 'editing' },
  )
  expect(sent.status, JSON.stringify(sent.json)).toBe(200)
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('the desk', () => {
  it('shows an editor what waits for them, linked, and their unread notices', async () => {
    const page = await adminLoginAs(who.editorA.email, passwordFor('editor'))
    await page.goto(`${baseUrl()}/admin`)
    await page.locator('[data-desk]').waitFor()
    expect(await page.locator('h1').first().textContent()).toBe('Bàn làm việc')
    const titles = await page.locator('[data-desk-section] h2').allTextContents()
    expect(titles.map((t) => t.replace(/\s*\(\d+\)$/, ''))).toEqual([
      'Bài của tôi',
      'Chờ tôi xử lý',
      'Đã lên lịch',
      'Mới đăng',
      // The demo seed leaves one reader comment waiting for moderation.
      'Ý kiến bạn đọc chờ duyệt',
    ])
    const comments = page.locator('[data-desk-section="comments"]')
    expect(await comments.locator('li a').count()).toBeGreaterThanOrEqual(1)
    expect(await comments.locator('li a').first().getAttribute('href')).toMatch(
      /^\/admin\/collections\/comments\/[\w-]+$/,
    )
    const queue = page.locator('[data-desk-section="queue"]')
    const link = queue.locator(`[data-desk-row="${articleId}"] a`)
    expect(await link.textContent()).toBe(TITLE)
    expect(await link.getAttribute('href')).toBe(`/admin/collections/articles/${articleId}`)
    expect(await queue.locator(`[data-desk-row="${articleId}"]`).textContent()).toContain(
      'Chờ biên tập',
    )
    const count = Number((await queue.locator('[data-desk-count]').textContent())?.slice(1, -1))
    expect(count).toBeGreaterThanOrEqual(1)
    const notices = page.locator('#nav-thong-bao')
    expect(await notices.textContent()).toMatch(/^Thông báo mới \(\d+\)$/)
    await link.click()
    await page.waitForURL((url) => url.pathname.endsWith(`/articles/${articleId}`))
    await page.locator('#field-title').waitFor()
    await page.context().close()
  })
})

describe('concurrent editing', () => {
  it('tells a second editor who holds the piece, over the API and in the admin', async () => {
    const holder = await adminLoginAs(who.editorA.email, passwordFor('editor'))
    await holder.goto(`${baseUrl()}/admin/collections/articles/${articleId}`)
    // Payload takes the lock with the form's first change (once the form is interactive).
    const title = holder.locator('#field-title')
    await title.waitFor()
    await holder.waitForLoadState('networkidle')
    await pollUntil(
      async () => {
        await title.click()
        await title.press('End')
        await title.pressSequentially('.', { delay: 20 })
        return (await title.inputValue()).endsWith('.')
      },
      30_000,
      'the title field to take input',
    )

    // Articles autosave: the holder keeps the lock after the autosave went through.
    await pollUntil(
      async () => {
        const doc = await payload.findByID({
          collection: 'articles',
          id: articleId,
          draft: true,
          overrideAccess: true,
        })
        return doc.title.endsWith('.')
      },
      30_000,
      'the autosave of the typed title',
    )
    await new Promise((resolve) => setTimeout(resolve, 1000))
    // The lock, as Payload exposes it, names the holder to the second editor.
    const lock = await pollUntil(
      async () => {
        const res = await jsonCall(
          baseUrl(),
          who.editorB.token,
          'GET',
          `/api/payload-locked-documents?where[document.value][equals]=${articleId}&depth=1`,
        )
        const docs = res.json.docs as Array<{ user: { value: { email?: string; name?: string } } }>
        return docs?.[0]
      },
      30_000,
      'the lock of the first editor',
    )
    expect(lock.user.value).toMatchObject({ name: 'Biên tập viên Ngọc Lan' })
    expect(lock.user.value).not.toHaveProperty('roles')
    expect(JSON.stringify(lock)).not.toContain(who.editorA.email)

    // A save by the second editor is refused, saying who holds it.
    const save = await jsonCall(
      baseUrl(),
      who.editorB.token,
      'PATCH',
      `/api/articles/${articleId}?draft=true`,
      { title: `${TITLE} (sửa)` },
    )
    expect(save.status).toBe(423)
    const message = (save.json.errors as Array<{ message: string }>)[0]?.message
    expect(message).toContain('Biên tập viên Ngọc Lan đang chỉnh sửa tài liệu này')

    // In the admin, the second editor gets Payload's dialog with the holder.
    const second = await adminLoginAs(who.editorB.email, passwordFor('editor'))
    await second.goto(`${baseUrl()}/admin/collections/articles/${articleId}`)
    await second.waitForLoadState('networkidle')
    const dialog = second.locator('.document-locked')
    await dialog.waitFor({ timeout: 30_000 })
    const text = (await dialog.textContent()) ?? ''
    expect(text).toContain('Tài liệu bị khóa')
    expect(text).toContain('Biên tập viên Ngọc Lan')
    expect(text).not.toContain(who.editorA.email)
    expect(text).toContain('hiện đang chỉnh sửa tài liệu này')
    await holder.context().close()
    await second.context().close()
  })
})
