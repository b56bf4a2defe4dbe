/**
 * Signs a person in to the admin (in a fresh browser context, or on a page the test already
 * has) and returns on the first screen after the login form. One helper for the browser tests
 * that used to carry their own copy; the context's language and width are the test's to choose.
 */
import type { Browser, Page } from 'playwright-core'

import { baseUrl, DESKTOP } from './browser'

export interface AdminLoginOptions {
  /** The browser's language (`vi-VN`, or `en-US` to show the admin still answers in Vietnamese). */
  locale?: string
  viewport?: { width: number; height: number }
  /** The server's address; the e2e server's by default. */
  url?: string
}

/** The admin's first render on a loaded 2-core machine can take longer than Playwright's 30 s. */
const LOGIN_TIMEOUT_MS = 90_000

/** Fills the admin's login form on `page` and waits for the first screen after it. */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  url = baseUrl(),
): Promise<void> {
  await page.goto(`${url}/admin/login`, { timeout: LOGIN_TIMEOUT_MS })
  await page.fill('#field-email', email, { timeout: LOGIN_TIMEOUT_MS })
  await page.fill('#field-password', password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((address) => !address.pathname.includes('/login'), {
    timeout: LOGIN_TIMEOUT_MS,
  })
}

export async function adminLogin(
  browser: Browser,
  email: string,
  password: string,
  { locale = 'vi-VN', viewport = DESKTOP, url = baseUrl() }: AdminLoginOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ locale, viewport })
  const page = await context.newPage()
  await signIn(page, email, password, url)
  return page
}
