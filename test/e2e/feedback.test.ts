import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'

import { getPage } from '../helpers/e2e/api'
import { baseUrl, DESKTOP, launch, PHONE, screenshot } from '../helpers/e2e/browser'

/*
 * The readers' forms in Chromium with JavaScript switched off, at desktop and 390 px, on the
 * demo seed: a comment under an article and a question at /hoi-dap are sent by the plain HTML
 * form and answered with the pending notice; a refused one comes back with the reader's text
 * and the reason; the keyboard never reaches the honeypot; approved demo comments and answered
 * questions are on the pages.
 */
const ARTICLE = `/bai-viet/${slugify('Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm')}`
// The server's default minimum fill time is 3 s; a person takes longer.
const FILL_MS = 3200

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

async function noScriptPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', javaScriptEnabled: false })
  return context.newPage()
}

describe('readers’ forms without JavaScript', () => {
  it('shows the approved demo comments and never a pending one', async () => {
    const { html } = await getPage(ARTICLE)
    expect(html).toContain('Ý kiến bạn đọc (2)')
    expect(html).toContain('Đề nghị bài sau có thêm số liệu')
    expect(html).not.toContain('lịch sinh hoạt chuyên đề quý III')
    expect(html).not.toContain('hoa.nguyen@vidu.vn')
  })

  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    it(`sends a comment with the plain form at ${width}`, async () => {
      const page = await noScriptPage(viewport)
      await page.goto(`${baseUrl()}${ARTICLE}`)
      await page.getByLabel('Họ và tên').fill('Hoàng Minh')
      await page.getByLabel('Thư điện tử hoặc số điện thoại (không công khai)').fill('minh@vidu.vn')
      await page.getByLabel('Nội dung ý kiến').fill(`Ý kiến thử nghiệm ${width} về bài viết.`)
      await page.waitForTimeout(FILL_MS)
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
      await page.waitForURL(/da-gui=1/)
      await expect
        .poll(() => page.locator('.notice--ok').textContent())
        .toContain('Ý kiến của bạn đã được gửi và đang chờ duyệt')
      expect(await page.content()).not.toContain(`Ý kiến thử nghiệm ${width}`)
      await screenshot(page, `feedback-comment-sent-${width.replace(' ', '')}`)
      await page.context().close()
    })

    it(`keeps the text and says why when a comment is refused at ${width}`, async () => {
      const page = await noScriptPage(viewport)
      await page.goto(`${baseUrl()}${ARTICLE}`)
      const text = `Xem http://a.vn, http://b.vn và http://c.vn (${width})`
      await page.getByLabel('Họ và tên').fill('Hoàng Minh')
      await page.getByLabel('Thư điện tử hoặc số điện thoại (không công khai)').fill('minh@vidu.vn')
      await page.getByLabel('Nội dung ý kiến').fill(text)
      await page.waitForTimeout(FILL_MS)
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('quá nhiều đường liên kết')
      expect(await page.getByLabel('Nội dung ý kiến').inputValue()).toBe(text)
      expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Minh')
      expect(await page.getByLabel('Nội dung ý kiến').getAttribute('aria-invalid')).toBe('true')
      await screenshot(page, `feedback-comment-refused-${width.replace(' ', '')}`)
      await page.context().close()
    })
  }

  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    // The refused post is answered with the whole page again (the article, or /hoi-dap with its
    // questions), and the form is far below its top: thousands of pixels on a phone. Without a
    // fragment in the form's action the reader landed on the article's headline and saw no sign
    // that the comment was not sent; a screen reader started reading the article again.
    for (const [what, path, label, button] of [
      ['a comment', ARTICLE, 'Nội dung ý kiến', 'Gửi ý kiến'],
      ['a question', '/hoi-dap', 'Nội dung câu hỏi', 'Gửi câu hỏi'],
    ] as const) {
      it(`takes the reader to the message when ${what} is refused at ${width}`, async () => {
        const page = await noScriptPage(viewport)
        await page.goto(`${baseUrl()}${path}`)
        const text = `Nội dung thử bị từ chối (${width}) vì liên hệ sai.`
        await page.getByLabel('Họ và tên').fill('Hoàng Minh')
        // Refused whatever the timing: too fast for the token, or a contact that is neither.
        await page.getByLabel('Thư điện tử hoặc số điện thoại (không công khai)').fill('abc')
        await page.getByLabel(label).fill(text)
        await Promise.all([
          page.waitForURL(/\/gui-(y-kien|cau-hoi)/),
          page.getByRole('button', { name: button }).click(),
        ])
        // Opened at the form's heading (the action's fragment), the message right below it.
        expect(new URL(page.url()).hash).toMatch(/^#(yk|hd)-tieu-de$/)
        const alert = page.getByRole('alert')
        expect(await alert.textContent()).toContain('Chưa gửi được')
        const box = await alert.boundingBox()
        expect(box, 'the message is drawn').not.toBeNull()
        expect(box!.y).toBeGreaterThanOrEqual(0)
        expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(viewport.height)
        expect(await page.getByLabel(label).inputValue()).toBe(text)
        await page.context().close()
      })
    }
  }

  it('never takes the keyboard to the honeypot', async () => {
    const page = await noScriptPage(DESKTOP)
    await page.goto(`${baseUrl()}${ARTICLE}`)
    await page.getByLabel('Họ và tên').focus()
    const names: string[] = []
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      names.push(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? ''))
    }
    expect(names).toContain('noi-dung')
    expect(names).not.toContain('website')
    await page.context().close()
  })

  it('lists answered questions and sends a new one at 390 px', async () => {
    const page = await noScriptPage(PHONE)
    await page.goto(`${baseUrl()}/hoi-dap`)
    expect(await page.content()).toContain('Ban Tổ chức Đảng ủy Khối')
    await page.getByLabel('Họ và tên').fill('Vũ Thị Lan')
    await page.getByLabel('Thư điện tử hoặc số điện thoại (không công khai)').fill('0912 345 678')
    await page.getByLabel('Lĩnh vực (không bắt buộc)').fill('Công tác văn phòng')
    await page.getByLabel('Nội dung câu hỏi').fill('Xin hỏi thời gian tiếp công dân của cơ quan?')
    await page.waitForTimeout(FILL_MS)
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await page.waitForURL(/\/hoi-dap\?da-gui=1/)
    expect(await page.locator('.notice--ok').textContent()).toContain(
      'Câu hỏi của bạn đã được gửi và đang chờ duyệt',
    )
    await screenshot(page, 'feedback-question-sent-390px')
    await page.context().close()
  })
})
