import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { User } from '@/payload-types'

import { adminLogin } from '../helpers/e2e/admin-login'
import { baseUrl, launch } from '../helpers/e2e/browser'
import { pollUntil } from '../helpers/poll'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor } from '../helpers/users'

/*
 * Leaving a document releases its lock (src/components/admin/locks), in Chromium against the
 * production server: a reporter types in her article, so Payload locks it, and then goes back
 * to the list inside the admin, or closes the tab; the lock is gone, and an editor opening the
 * article next edits it straight away, without Payload's "Tài liệu bị khóa" dialog asking him
 * to take over. Payload itself releases only from its "leave without saving?" dialog, which
 * autosaving articles never show, so the lock used to stay for its full five minutes.
 */
let browser: Browser
let payload: Payload
const tag = `-lock${Date.now().toString(36)}`
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

/** The reporter opens her article and types in the title until the autosave has stored it. */
async function typeInOwnArticle(id: string): Promise<Page> {
  const page = await adminLogin(browser, reporter.email, passwordFor('reporter'))
  await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
  const title = page.locator('#field-title')
  await title.waitFor()
  await page.waitForLoadState('networkidle')
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
  await pollUntil(
    async () => {
      const doc = await payload.findByID({
        collection: 'articles',
        id,
        draft: true,
        overrideAccess: true,
      })
      return doc.title.endsWith(' mới')
    },
    30_000,
    'the autosave of the typed title',
  )
  // Payload holds the lock for her while she edits (kept across autosaves).
  const held = await pollUntil(async () => (await locksOn(id))[0], 30_000, 'her lock')
  expect(String((held.user as { value: unknown }).value)).toBe(String(reporter.id))
  return page
}

/** The editor opens the article: no lock dialog, and the form is his to edit. */
async function editorOpensFreely(id: string): Promise<void> {
  const page = await adminLogin(browser, editor.email, passwordFor('editor'))
  await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
  const title = page.locator('#field-title')
  await title.waitFor()
  await page.waitForLoadState('networkidle')
  // Payload's lock check can answer after the form is shown: give it time to come up.
  await page.waitForTimeout(3000)
  expect(await page.locator('.document-locked').count()).toBe(0)
  await title.click()
  await title.press('End')
  await title.pressSequentially(' (biên tập)', { delay: 20 })
  expect(await title.inputValue()).toMatch(/ \(biên tập\)$/)
  expect(await title.isEditable()).toBe(true)
  await page.context().close()
}

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

describe('a lock ends when its holder leaves the document', () => {
  it('going elsewhere in the admin releases it: the editor is not asked to take over', async () => {
    const article = await articleIn(payload, 'editing', reporter, { title: `Tin hội nghị ${tag}` })
    const id = String(article.id)
    const page = await typeInOwnArticle(id)
    // Back to the list by the breadcrumb: the admin's router changes the view, the page stays
    // loaded (a marker set on the window survives), so no `pagehide` is involved.
    await page.evaluate(() => Object.assign(window, { stillThisPage: true }))
    await page.locator('.step-nav a[href="/admin/collections/articles"]').first().click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/articles')
    expect(await page.evaluate(() => 'stillThisPage' in window)).toBe(true)
    await pollUntil(async () => (await locksOn(id)).length === 0, 15_000, 'the lock released')
    // It stays released once anything she sent just before leaving has landed.
    await page.waitForTimeout(5000)
    expect(await locksOn(id)).toHaveLength(0)
    await editorOpensFreely(id)
    await page.context().close()
  }, 180_000)

  it('closing the tab releases it too', async () => {
    const article = await articleIn(payload, 'editing', reporter, { title: `Tin tọa đàm ${tag}` })
    const id = String(article.id)
    const page = await typeInOwnArticle(id)
    const context = page.context()
    await page.close()
    await pollUntil(async () => (await locksOn(id)).length === 0, 15_000, 'the lock released')
    await context.close()
    await editorOpensFreely(id)
  }, 180_000)

  it("never releases someone else's lock: a colleague leaving the same article keeps it held", async () => {
    const article = await articleIn(payload, 'editing', reporter, { title: `Tin giao ban ${tag}` })
    const id = String(article.id)
    const holder = await typeInOwnArticle(id)
    // The editor looks at the locked article (Payload's dialog shows) and goes back to the list.
    const page = await adminLogin(browser, editor.email, passwordFor('editor'))
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await page.locator('.document-locked').waitFor({ timeout: 30_000 })
    await page.goto(`${baseUrl()}/admin/collections/articles`)
    await page.waitForTimeout(5000)
    const locks = await locksOn(id)
    expect(locks).toHaveLength(1)
    expect(String((locks[0]!.user as { value: unknown }).value)).toBe(String(reporter.id))
    await page.context().close()
    await holder.context().close()
  }, 180_000)
})
