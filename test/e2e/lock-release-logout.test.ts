/**
 * Logging out from an article releases its lock, like leaving it for another admin page
 * (src/components/admin/locks). Payload's logout does not touch document locks, and the
 * release on leaving is a request made with the person's session a moment after the edit view
 * closes: if the logout has already ended the session, that request is refused and the lock
 * stays for its full five minutes, so the next editor is asked to take over.
 */
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { User } from '@/payload-types'

import { adminLogin } from '../helpers/e2e/admin-login'
import { baseUrl, launch } from '../helpers/e2e/browser'
import { pollUntil } from '../helpers/poll'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor } from '../helpers/users'

let browser: Browser
let payload: Payload
const tag = `-logout${Date.now().toString(36)}`
let reporter: User

const locksOn = async (id: string) =>
  (
    await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  browser = await launch()
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  reporter = await createUser(payload, 'reporter', tag)
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('logging out of the admin from an article', () => {
  it('releases the lock the person held on it', async () => {
    const article = await articleIn(payload, 'writing', reporter, { title: `Tin đăng xuất ${tag}` })
    const id = String(article.id)
    const page = await adminLogin(browser, reporter.email, passwordFor('reporter'))
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    const title = page.locator('#field-title')
    await title.waitFor()
    await page.waitForLoadState('networkidle')
    await title.click()
    await title.press('End')
    await title.pressSequentially(' mới', { delay: 20 })
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
