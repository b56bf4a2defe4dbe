/**
 * One person, one article open in two tabs of the same browser (src/components/admin/locks):
 * leaving it in one tab must not release the lock the other tab still relies on, or a
 * colleague could open the article in between without being told who holds it. Only when the
 * last tab leaves is the lock released, and then the colleague edits without "take over".
 * Chromium against the production server, one browser context (shared storage), two pages.
 */
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { User } from '@/payload-types'

import { adminLogin } from '../helpers/e2e/admin-login'
import { baseUrl, launch } from '../helpers/e2e/browser'
import { pollUntil } from '../helpers/poll'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor } from '../helpers/users'

let browser: Browser
let payload: Payload
const tag = `-tabs${Date.now().toString(36)}`
let reporter: User
let editor: User

const locksOn = async (id: string) =>
  (
    await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

async function openArticle(page: Page, id: string): Promise<void> {
  await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
  await page.locator('#field-title').waitFor()
  await page.waitForLoadState('networkidle')
}

/** Types in the title until Payload holds the person's lock on the article. */
async function typeUntilLocked(page: Page, id: string): Promise<void> {
  const title = page.locator('#field-title')
  await pollUntil(
    async () => {
      await title.click()
      await title.press('End')
      await title.pressSequentially(' mới', { delay: 20 })
      return (await title.inputValue()).endsWith(' mới')
    },
    30_000,
    'the title field to take input',
  )
  await pollUntil(async () => (await locksOn(id)).length === 1, 30_000, 'her lock')
}

beforeAll(async () => {
  browser = await launch()
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

describe('the same article open in two tabs of one browser', () => {
  it('keeps the lock while one tab still has it open, releases it when the last one leaves', async () => {
    const article = await articleIn(payload, 'editing', reporter, {
      title: `Tin hai thẻ trình duyệt ${tag}`,
    })
    const id = String(article.id)
    const tabA = await adminLogin(browser, reporter.email, passwordFor('reporter'))
    const context = tabA.context()
    await openArticle(tabA, id)
    const tabB = await context.newPage()
    await openArticle(tabB, id)
    await typeUntilLocked(tabA, id)
    await tabA.waitForTimeout(3000)

    // Tab A is closed (pagehide); tab B still has the article open, untouched since.
    await tabA.close()
    // Past both releases a leaving tab would make (at once and 4 s later).
    await tabB.waitForTimeout(6000)
    const held = await locksOn(id)
    expect(held).toHaveLength(1)
    expect(String((held[0]!.user as { value: unknown }).value)).toBe(String(reporter.id))

    // A colleague opening it now is told who holds it.
    const colleague = await adminLogin(browser, editor.email, passwordFor('editor'))
    await colleague.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    const dialog = colleague.locator('.document-locked')
    await dialog.waitFor({ timeout: 30_000 })
    expect(await dialog.innerText()).toContain(reporter.name ?? '')
    await colleague.context().close()

    // Tab B goes back to the list inside the admin: the last tab has left, the lock goes.
    await tabB.locator('.step-nav a[href="/admin/collections/articles"]').first().click()
    await tabB.waitForURL((url) => url.pathname === '/admin/collections/articles')
    await pollUntil(async () => (await locksOn(id)).length === 0, 15_000, 'the lock released')

    // The colleague now edits it straight away, without "take over".
    const next = await adminLogin(browser, editor.email, passwordFor('editor'))
    await openArticle(next, id)
    await next.waitForTimeout(3000)
    expect(await next.locator('.document-locked').count()).toBe(0)
    const title = next.locator('#field-title')
    await title.click()
    await title.press('End')
    await title.pressSequentially(' (biên tập)', { delay: 20 })
    expect(await title.inputValue()).toMatch(/ \(biên tập\)$/)
    await next.context().close()
    await context.close()
  }, 240_000)
})
