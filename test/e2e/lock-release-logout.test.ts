/**
 * Logging out from an article releases its lock, like leaving it for another admin page
 * (src/components/admin/locks). Payload's logout does not touch document locks, and the
 * release on leaving is a request made with the person's session a moment after the edit view
 * closes: if the logout has already ended the session, that request is refused and the lock
 * stays for its full five minutes, so the next editor is asked to take over.
 */
import { describe, expect, it } from 'vitest'

import { openArticle, setUpLockTests, typeInTitle } from '../helpers/e2e/lock-tests'
import { pollUntil } from '../helpers/poll'

const tests = setUpLockTests('logout', ['reporter'])
const { locksOn } = tests

describe('logging out of the admin from an article', () => {
  it('releases the lock the person held on it', async () => {
    const id = await tests.article('writing', `Tin đăng xuất ${tests.tag}`)
    const page = await tests.signIn('reporter')
    await openArticle(page, id)
    await typeInTitle(page, ' mới')
    await pollUntil(async () => (await locksOn(id)).length === 1, 30_000, 'her lock')
    // Payload's own "Đăng xuất" link in the navigation.
    const logOut = page.locator('a[href$="/admin/logout"]').first()
    // The navigation is folded away (inert) beside the edit view: the link is clicked as such.
    await logOut.dispatchEvent('click')
    await page.waitForURL((url) => url.pathname.includes('/login'), { timeout: 30_000 })
    await page.waitForTimeout(5000)
    expect(await locksOn(id)).toHaveLength(0)
    await page.context().close()
  }, 120_000)
})
