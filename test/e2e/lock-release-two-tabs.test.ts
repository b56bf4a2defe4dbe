/**
 * One person, one article open in two tabs of the same browser (src/components/admin/locks):
 * leaving it in one tab must not release the lock the other tab still relies on, or a
 * colleague could open the article in between without being told who holds it. Only when the
 * last tab leaves is the lock released, and then the colleague edits without "take over".
 * Chromium against the production server, one browser context (shared storage), two pages.
 */
import { describe, expect, it } from 'vitest'

import { baseUrl } from '../helpers/e2e/browser'
import { holderOf, openArticle, setUpLockTests, typeInTitle } from '../helpers/e2e/lock-tests'
import { pollUntil } from '../helpers/poll'

const tests = setUpLockTests('tabs', ['reporter', 'editor'])
const { locksOn } = tests

describe('the same article open in two tabs of one browser', () => {
  it('keeps the lock while one tab still has it open, releases it when the last one leaves', async () => {
    const id = await tests.article('editing', `Tin hai thẻ trình duyệt ${tests.tag}`)
    const tabA = await tests.signIn('reporter')
    const context = tabA.context()
    await openArticle(tabA, id)
    const tabB = await context.newPage()
    await openArticle(tabB, id)
    // She types in the title until Payload holds her lock on the article.
    await typeInTitle(tabA, ' mới')
    await pollUntil(async () => (await locksOn(id)).length === 1, 30_000, 'her lock')
    await tabA.waitForTimeout(3000)

    // Tab A is closed (pagehide); tab B still has the article open, untouched since.
    await tabA.close()
    // Past both releases a leaving tab would make (at once and 4 s later).
    await tabB.waitForTimeout(6000)
    const held = await locksOn(id)
    expect(held).toHaveLength(1)
    expect(holderOf(held[0]!)).toBe(String(tests.users.reporter.id))

    // A colleague opening it now is told who holds it.
    const colleague = await tests.signIn('editor')
    await colleague.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    const dialog = colleague.locator('.document-locked')
    await dialog.waitFor({ timeout: 30_000 })
    expect(await dialog.innerText()).toContain(tests.users.reporter.name ?? '')
    await colleague.context().close()

    // Tab B goes back to the list inside the admin: the last tab has left, the lock goes.
    await tabB.locator('.step-nav a[href="/admin/collections/articles"]').first().click()
    await tabB.waitForURL((url) => url.pathname === '/admin/collections/articles')
    await pollUntil(async () => (await locksOn(id)).length === 0, 15_000, 'the lock released')

    // The colleague now edits it straight away, without "take over".
    const next = await tests.signIn('editor')
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
