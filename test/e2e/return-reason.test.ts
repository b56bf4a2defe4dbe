import type { Payload } from 'payload'
import type { Browser, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { User } from '@/payload-types'

import { adminLogin } from '../helpers/e2e/admin-login'
import { baseUrl, launch } from '../helpers/e2e/browser'
import { pollUntil } from '../helpers/poll'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor } from '../helpers/users'

/*
 * An editor who opens an article, types the reason and at once picks "Trả lại" sends that
 * reason with the move (issue 11): no pause between the two, as a quick person works, and the
 * first save the admin sends must carry both, not a bare stage the server refuses with "Cần ghi
 * lý do". Also when the reporter still had the article open, so the editor first takes over
 * her lock: Payload then mounts the form anew from the stored article a moment later, which
 * dropped the reason typed meanwhile (src/components/admin/locks/KeepEditsOnTakeOver.tsx).
 */
let browser: Browser
let payload: Payload
const tag = `-reason${Date.now().toString(36)}`
let reporter: User
let editor: User

const REASON = 'Thiếu ý kiến của cơ sở, bổ sung giúp'

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, only for this test's accounts and articles.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  reporter = await createUser(payload, 'reporter', tag)
  editor = await createUser(payload, 'editor', tag)
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('a return typed and picked at once', () => {
  it('the first save carries the reason typed, and the article is returned with it', async () => {
    const article = await articleIn(payload, 'editing', reporter, { title: `Tin giao ban ${tag}` })
    const id = String(article.id)
    const page = await adminLogin(browser, editor.email, passwordFor('editor'))
    const saves: Array<{ body: string; status: Promise<number> }> = []
    page.on('request', (request: Request) => {
      const url = new URL(request.url())
      if (request.method() !== 'PATCH' || url.pathname !== `/api/articles/${id}`) return
      saves.push({
        body: request.postDataBuffer()?.toString('utf8') ?? '',
        status: request.response().then((r) => r?.status() ?? 0),
      })
    })
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await page.locator('#field-stage .rs__control').waitFor()
    await page.locator('#field-stageReason').fill(REASON)
    await page.locator('#field-stage .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Trả lại' }).first().click()

    const first = await pollUntil(async () => saves[0], 30_000, 'the first save')
    expect(first.body).toContain('"stage":"returned"')
    expect(first.body).toContain(REASON)
    expect(await first.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(stored.stage).toBe('returned')
    expect(stored.stageHistory?.at(-1)?.reason).toBe(REASON)
    // The admin shows no refusal.
    expect(await page.locator('[data-sonner-toast]', { hasText: 'lý do' }).count()).toBe(0)
    await page.context().close()
  }, 120_000)

  it('after taking over from the colleague who had it open, the reason typed is sent', async () => {
    const article = await articleIn(payload, 'editing', reporter, { title: `Tin hội thảo ${tag}` })
    const id = String(article.id)
    // The reporter has it open and types: Payload locks it for her, and she stays on the page.
    const holder = await adminLogin(browser, reporter.email, passwordFor('reporter'))
    await holder.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    const title = holder.locator('#field-title')
    await title.waitFor()
    await title.click()
    await title.press('End')
    await title.pressSequentially(' mới', { delay: 20 })
    await pollUntil(
      async () =>
        (
          await payload.find({
            collection: 'payload-locked-documents',
            where: { 'document.value': { equals: id } },
            overrideAccess: true,
          })
        ).docs.length === 1 &&
        (
          await payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true })
        ).title.endsWith(' mới'),
      30_000,
      'her lock and autosave',
    )
    const page = await adminLogin(browser, editor.email, passwordFor('editor'))
    const saves: Array<{ body: string; status: Promise<number> }> = []
    page.on('request', (request: Request) => {
      const url = new URL(request.url())
      if (request.method() !== 'PATCH' || url.pathname !== `/api/articles/${id}`) return
      saves.push({
        body: request.postDataBuffer()?.toString('utf8') ?? '',
        status: request.response().then((r) => r?.status() ?? 0),
      })
    })
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    // A busy server: the view Payload reloads after the take-over arrives 1.5 s later, so the
    // reason and the pick below are both made before the form is mounted anew.
    await page.route(
      (url) => url.pathname === `/admin/collections/articles/${id}` && url.searchParams.has('_rsc'),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await route.continue()
      },
    )
    await page.locator('.document-locked').getByRole('button', { name: 'Tiếp quản' }).click()
    await page.locator('#field-stageReason').fill(REASON)
    await page.locator('#field-stage .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Trả lại' }).first().click()

    const first = await pollUntil(async () => saves[0], 30_000, 'the first save')
    expect(first.body).toContain(REASON)
    expect(await first.status).toBe(200)
    const stored = await pollUntil(
      async () => {
        const doc = await payload.findByID({
          collection: 'articles',
          id,
          draft: true,
          overrideAccess: true,
        })
        return doc.stage === 'returned' ? doc : null
      },
      20_000,
      'returned',
    )
    expect(stored.stageHistory?.at(-1)?.reason).toBe(REASON)
    await page.context().close()
    await holder.context().close()
  }, 120_000)
})
