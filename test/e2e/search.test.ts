import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launch } from '../helpers/e2e/browser'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launch()
  // Without JavaScript: search and filters are plain GET forms and must work as such.
  const context = await browser.newContext({ javaScriptEnabled: false })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function search(q: string) {
  await page.goto(`${baseUrl()}/tim-kiem`)
  await page.fill('#q', q)
  await page.locator('form.filters button[type="submit"]').click()
  await page.waitForURL('**/tim-kiem?**')
}

const hitTitles = () => page.locator('.hit__title').allTextContents()

describe('site search', () => {
  it('finds the same article with and without diacritics, keeping the input', async () => {
    await search('chuyển đổi số')
    const accented = await hitTitles()
    expect(accented.some((t) => t.includes('Nghị quyết số 12-NQ/ĐUK'))).toBe(true)
    expect(await page.inputValue('#q')).toBe('chuyển đổi số')
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0)

    await search('chuyen doi so')
    const plain = await hitTitles()
    expect(plain.some((t) => t.includes('Nghị quyết số 12-NQ/ĐUK'))).toBe(true)
    expect(await page.inputValue('#q')).toBe('chuyen doi so')
    expect(await page.locator('.facets').textContent()).toMatch(/Thể loại/)
  })

  it('filters by kind and sorts by date through the form', async () => {
    await page.goto(`${baseUrl()}/tim-kiem?q=dang+uy&the-loai=document&sap-xep=moi-nhat`)
    const titles = await hitTitles()
    expect(titles.length).toBeGreaterThan(0)
    expect(await page.locator('.hit .card__meta').allTextContents()).toEqual(
      titles.map(() => expect.stringContaining('Văn bản')),
    )
    expect(await page.inputValue('#sap-xep')).toBe('moi-nhat')
  })

  it('explains an empty result helpfully', async () => {
    await search('xyzqwv không có gì')
    expect(await page.locator('.search-summary').textContent()).toContain('Không tìm thấy kết quả')
    expect(await page.locator('.empty-state').textContent()).toContain('Gợi ý')
  })
})

describe('document library', () => {
  it('filters by type with a plain form', async () => {
    await page.goto(`${baseUrl()}/van-ban`)
    await page.selectOption('#loai', 'nghi_quyet')
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL('**/van-ban?**')
    expect(await page.locator('.doc-list__number').allTextContents()).toContain('12-NQ/ĐUK')

    await page.selectOption('#loai', 'chi_thi')
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL('**loai=chi_thi**')
    expect(await page.locator('.doc-list li').count()).toBe(0)
    expect(await page.locator('.empty-state').textContent()).toContain('Không có văn bản phù hợp')
    expect(await page.inputValue('#loai')).toBe('chi_thi')
  })
})
