import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { RELEASE_AGAIN_AFTER_MS } from '@/hooks/release-again-after-close'

import { baseUrl } from '../helpers/e2e/browser'
import { holderOf, openArticle, setUpLockTests, typeInTitle } from '../helpers/e2e/lock-tests'
import { pollUntil } from '../helpers/poll'

/*
 * Leaving a document releases its lock (src/components/admin/locks), in Chromium against the
 * production server: a reporter types in her article, so Payload locks it, and then goes back
 * to the list inside the admin, or closes the tab; the lock is gone, and an editor opening the
 * article next edits it straight away, without Payload's "Tài liệu bị khóa" dialog asking him
 * to take over. Payload itself releases only from its "leave without saving?" dialog, which
 * autosaving articles never show, so the lock used to stay for its full five minutes.
 */
const tests = setUpLockTests('lock', ['reporter', 'editor'])
const { locksOn } = tests

/** The reporter opens her article and types in the title until the autosave has stored it. */
async function typeInOwnArticle(id: string): Promise<Page> {
  const page = await tests.signIn('reporter')
  await openArticle(page, id)
  await typeInTitle(page, ' mới')
  await pollUntil(
    async () => {
      const doc = await tests.draft(id)
      return doc.title.endsWith(' mới')
    },
    30_000,
    'the autosave of the typed title',
  )
  // Payload holds the lock for her while she edits (kept across autosaves).
  const held = await pollUntil(async () => (await locksOn(id))[0], 30_000, 'her lock')
  expect(holderOf(held)).toBe(String(tests.users.reporter.id))
  return page
}

/** The editor opens the article: no lock dialog, and the form is his to edit. */
async function editorOpensFreely(id: string): Promise<void> {
  const page = await tests.signIn('editor')
  const title = await openArticle(page, id)
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

describe('a lock ends when its holder leaves the document', () => {
  it('going elsewhere in the admin releases it: the editor is not asked to take over', async () => {
    const id = await tests.article('editing', `Tin hội nghị ${tests.tag}`)
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
    const id = await tests.article('editing', `Tin tọa đàm ${tests.tag}`)
    const page = await typeInOwnArticle(id)
    const context = page.context()
    await page.close()
    await pollUntil(async () => (await locksOn(id)).length === 0, 15_000, 'the lock released')
    await context.close()
    await editorOpensFreely(id)
  }, 180_000)

  it('a reload keeps the lock: the closing release is not repeated against the new page', async () => {
    const id = await tests.article('editing', `Tin tải lại ${tests.tag}`)
    const page = await typeInOwnArticle(id)
    // The reload closes the page (its `pagehide` release asks the server to repeat it a few times
    // over the next seconds) and opens it again, which cancels those repeats. When the machine is so slow that
    // the view opens after the last repeat ran, there is nothing to cancel: reload again.
    let cancelled = 0
    for (let attempt = 0; attempt < 3 && cancelled === 0; attempt++) {
      const reopened = page.waitForResponse(
        (res) => new URL(res.url()).pathname === '/api/locks/reopened',
        { timeout: 60_000 },
      )
      await page.reload()
      const answer = await reopened
      expect(answer.status()).toBe(200)
      cancelled = ((await answer.json()) as { cancelled: number }).cancelled
    }
    expect(cancelled).toBe(RELEASE_AGAIN_AFTER_MS.length)
    const since = Date.now()
    await page.locator('#field-title').waitFor()
    await typeInTitle(page, ' lại')
    await pollUntil(async () => (await locksOn(id)).length === 1, 30_000, 'her lock taken again')
    // Past the last repeat's time, with nothing typed since: the lock is still hers.
    const last = Math.max(...RELEASE_AGAIN_AFTER_MS)
    await page.waitForTimeout(Math.max(0, since + last + 2000 - Date.now()))
    const locks = await locksOn(id)
    expect(locks).toHaveLength(1)
    expect(holderOf(locks[0]!)).toBe(String(tests.users.reporter.id))
    await page.context().close()
  }, 240_000)

  it("never releases someone else's lock: a colleague leaving the same article keeps it held", async () => {
    const id = await tests.article('editing', `Tin giao ban ${tests.tag}`)
    const holder = await typeInOwnArticle(id)
    // The editor looks at the locked article (Payload's dialog shows) and goes back to the list.
    const page = await tests.signIn('editor')
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await page.locator('.document-locked').waitFor({ timeout: 30_000 })
    await page.goto(`${baseUrl()}/admin/collections/articles`)
    await page.waitForTimeout(5000)
    const locks = await locksOn(id)
    expect(locks).toHaveLength(1)
    expect(holderOf(locks[0]!)).toBe(String(tests.users.reporter.id))
    await page.context().close()
    await holder.context().close()
  }, 180_000)
})
