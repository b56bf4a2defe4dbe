import fs from 'node:fs'
import path from 'node:path'

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'

import { CHROME_FLAGS, resolveChrome } from './chrome'

export const baseUrl = (): string => inject('baseUrl')

/** The system Chromium when there is one, else the one packaged in node_modules (see chrome.ts). */
export async function launch(): Promise<Browser> {
  const chrome = await resolveChrome()
  return chromium.launch({
    executablePath: chrome.path,
    args: CHROME_FLAGS,
    env: chrome.env,
  })
}

export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1366, height: 900 }

/** A context whose every request is recorded, to prove pages never call another origin. */
export async function recordingContext(browser: Browser, viewport = DESKTOP) {
  const context: BrowserContext = await browser.newContext({ viewport, locale: 'en-US' })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  return { context, requests }
}

export const foreignRequests = (requests: string[]): string[] =>
  requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false
    return new URL(url).hostname !== 'localhost'
  })

const SHOTS = path.resolve('test-results/screenshots')

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}
