/**
 * A photo lost on the way must not be reported as saved. Payload's bulk upload (FormsManager in
 * @payloadcms/ui 3.90) swallows an error thrown while sending one photo or reading the answer:
 * a phone losing the conference Wi-Fi mid-upload (the request fails) or a proxy answering with
 * an HTML error page (502 from nginx while the server restarts) left that photo counted as
 * saved, removed from the drawer, under a "saved" summary: the reporter never knew it was gone.
 * Here, in Chromium at 390 px, one photo's request is cut and another's gets an HTML 502; both
 * must stay in the drawer with a Vietnamese message naming them, and only the others are stored.
 */
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin } from '../helpers/e2e/admin-login'
import { baseUrl, launch, PHONE } from '../helpers/e2e/browser'
import { pollUntil } from '../helpers/poll'
import { createUser, passwordFor } from '../helpers/users'

let browser: Browser
let payload: Payload
const tag = `-lost${Date.now().toString(36)}`
let reporter: { id: string; email: string }
const CUT = 'IMG_MAT_SONG.jpg'
const BAD_GATEWAY = 'IMG_502.jpg'

const photo = (i: number): Promise<Buffer> =>
  sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: i * 60, g: 90, b: 120 } },
  })
    .jpeg()
    .toBuffer()

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, only to create the account and read results.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const user = await createUser(payload, 'reporter', tag)
  reporter = { id: String(user.id), email: user.email }
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('bulk upload when a photo is lost on the way (390 px)', () => {
  it('keeps the lost photos in the drawer with a Vietnamese message; stores only the others', async () => {
    const page = await adminLogin(browser, reporter.email, passwordFor('reporter'), {
      viewport: PHONE,
    })
    // The network between the phone and the server: one upload is cut, one meets a proxy error.
    await page.route('**/api/media**', async (route) => {
      const body = route.request().postDataBuffer()?.toString('latin1') ?? ''
      if (route.request().method() !== 'POST') return route.continue()
      if (body.includes(`filename="${CUT}"`)) return route.abort('connectionreset')
      if (body.includes(`filename="${BAD_GATEWAY}"`))
        return route.fulfill({
          status: 502,
          contentType: 'text/html',
          body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
        })
      return route.continue()
    })
    await page.goto(`${baseUrl()}/admin/collections/media`)
    await page.getByRole('button', { name: 'Tải lên số lượng lớn' }).click()
    // Names of their own: other e2e files upload IMG_0001.jpg to the same server, and Payload
    // renames a second file of that name.
    const kept = [`IMG_0001${tag}.jpg`, `IMG_0003${tag}.jpg`]
    const names = [kept[0]!, CUT, kept[1]!, BAD_GATEWAY]
    const files = await Promise.all(
      names.map(async (name, i) => ({ name, mimeType: 'image/jpeg', buffer: await photo(i) })),
    )
    await page.locator('.bulk-upload--add-files input[type="file"]').setInputFiles(files)
    await page.locator('.bulk-upload--actions-bar').waitFor()
    // One caption prefix for all (it stands in for the required alt text), tapped as on a phone.
    await page.getByRole('button', { name: 'Chỉnh sửa tất cả' }).click()
    const editAll = page.locator('.edit-many-bulk-uploads__main')
    await editAll.waitFor()
    await editAll.locator('.field-select .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Tiền tố chú thích' }).click()
    await editAll.locator('#field-captionPrefix').fill('Hội nghị tổng kết:')
    await editAll.getByRole('button', { name: 'Áp dụng thay đổi' }).click()
    await editAll.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()

    for (const name of [CUT, BAD_GATEWAY])
      await page
        .locator('[data-sonner-toast]', { hasText: `${name} — Không gửi được ảnh` })
        .first()
        .waitFor({ timeout: 60_000 })
    await pollUntil(
      async () =>
        (await page.locator('.file-selections__fileName').allTextContents()).sort().join() ===
        [BAD_GATEWAY, CUT].sort().join(),
      60_000,
      'the two lost photos left in the drawer',
    )
    const stored = await payload.find({
      collection: 'media',
      where: { createdBy: { equals: reporter.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.docs.map((m) => m.filename).sort()).toEqual(kept.sort())
    await page.context().close()
  }, 240_000)
})
