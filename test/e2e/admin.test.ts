import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminLogin } from '../helpers/e2e/admin-login'
import { api, apiLogin, demoAccount, type DemoRole, getPage, visible } from '../helpers/e2e/api'
import { baseUrl, launch } from '../helpers/e2e/browser'
import { timeUntil } from '../helpers/poll'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

// An English browser: the admin must still answer in Vietnamese.
const loginAs = (account: DemoRole): Promise<Page> =>
  adminLogin(browser, demoAccount(account).email, demoAccount(account).password, {
    locale: 'en-US',
  })

interface Doc {
  doc: { id: string; slug: string }
}

/** An editor files a piece and forwards it: it waits for the approver ("Chờ duyệt đăng"). */
async function createDraft(title: string): Promise<{ id: string; slug: string }> {
  const { token } = await apiLogin('editor')
  const { doc } = await api<Doc>('/api/articles?draft=true', token, {
    method: 'POST',
    body: {
      title,
      kind: 'news',
      sapo: 'Bài viết tạo trong kiểm thử tự động.',
      _status: 'draft',
      stage: 'editing',
    },
  })
  await api(`/api/articles/${doc.id}?draft=true`, token, {
    method: 'PATCH',
    body: { stage: 'approval' },
  })
  return doc
}

describe('admin and publishing', () => {
  it('speaks Vietnamese by default to an English browser', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/admin/login`)
    expect(await page.locator('button[type="submit"]').textContent()).toContain('Đăng nhập')
    await context.close()
  })

  it('shows an article on the site once an approver publishes it (latency reported)', async () => {
    const draft = await createDraft('Kiểm thử xuất bản từ trang quản trị')
    // Warm the cache so the test proves invalidation, not a cold render.
    await getPage('/')
    expect((await getPage('/')).cache).toBe('HIT')
    expect((await getPage(`/bai-viet/${draft.slug}`)).status).toBe(404)

    const page = await loginAs('approver')
    await page.goto(`${baseUrl()}/admin/collections/articles/${draft.id}`)
    const publish = page.locator('button', { hasText: 'Xuất bản tài liệu' })
    await publish.waitFor()
    // The sidebar shows the piece's history in order, in Vietnamese.
    const history = page.locator('.stage-history')
    await history.waitFor()
    const moves = await history.locator('li strong').allTextContents()
    expect(moves).toEqual(['Đang viết → Chờ biên tập', 'Chờ biên tập → Chờ duyệt đăng'])
    expect(await history.textContent()).toContain('Biên tập viên demo')
    const saved = page.waitForResponse(
      (r) =>
        r.request().method() !== 'GET' &&
        r.url().includes(`/api/articles/${draft.id}`) &&
        r.status() === 200,
    )
    await publish.click()
    await saved
    await timeUntil('admin publish visible on the site', async () => {
      const [article, home] = await Promise.all([getPage(`/bai-viet/${draft.slug}`), getPage('/')])
      return (
        article.status === 200 && visible(home.html).includes('Kiểm thử xuất bản từ trang quản trị')
      )
    })
    await page.context().close()
  })

  it('takes an unpublished article off the site and back (API, as the job queue would)', async () => {
    // Its own article: the seeded ones are shared with the other browser test files.
    const doc = await createDraft('Kiểm thử gỡ bài khỏi trang')
    const { token } = await apiLogin('approver')
    const { token: editorToken } = await apiLogin('editor')
    await api(`/api/articles/${doc.id}`, token, {
      method: 'PATCH',
      body: { _status: 'published' },
    })
    const path = `/bai-viet/${doc.slug}`
    await timeUntil('publish visible', async () => (await getPage(path)).status === 200)
    // Cached (once its index job's write has settled), so the 404 below proves invalidation.
    await timeUntil('article page cached', async () => (await getPage(path)).cache === 'HIT')
    await api(`/api/articles/${doc.id}`, token, {
      method: 'PATCH',
      body: { stage: 'unpublished', stageReason: 'Kiểm thử gỡ bài' },
    })
    await timeUntil(
      'unpublish gone from the site',
      async () => (await getPage(path)).status === 404,
    )
    // Back through the desk: the editor sends it for approval, the approver publishes it.
    await api(`/api/articles/${doc.id}?draft=true`, editorToken, {
      method: 'PATCH',
      body: { stage: 'approval' },
    })
    await api(`/api/articles/${doc.id}`, token, { method: 'PATCH', body: { _status: 'published' } })
    await timeUntil('republish visible', async () => (await getPage(path)).status === 200)
    const { token: adminToken } = await apiLogin('admin')
    await api(`/api/articles/${doc.id}`, adminToken, { method: 'DELETE' })
  })

  it('offers the Publish button to approvers only, not to reporters or editors', async () => {
    const page = await loginAs('reporter')
    await page.goto(`${baseUrl()}/admin/collections/articles/create`)
    // Autosave creates the draft at once and moves to its edit URL.
    await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}/)
    const docUrl = page.url()
    await page.locator('.doc-controls').waitFor()
    await page.locator('#action-duplicate').waitFor({ state: 'attached' })
    expect(await page.locator('button', { hasText: 'Xuất bản tài liệu' }).count()).toBe(0)
    expect(await page.locator('button', { hasText: /^Xuất bản$/ }).count()).toBe(0)
    await page.context().close()

    // An editor edits but does not publish.
    const editor = await loginAs('editor')
    await editor.goto(docUrl)
    await editor.locator('.doc-controls').waitFor()
    await editor.locator('#action-duplicate').waitFor({ state: 'attached' })
    expect(await editor.locator('button', { hasText: 'Xuất bản tài liệu' }).count()).toBe(0)
    await editor.context().close()

    // The same draft opened by an approver does offer it, so the difference is the role.
    const approver = await loginAs('approver')
    await approver.goto(docUrl)
    await approver.locator('button', { hasText: 'Xuất bản tài liệu' }).waitFor()
    await approver.context().close()
  })

  it('applies an admin-managed redirect before the 404 page', async () => {
    const { token } = await apiLogin('editor')
    await api('/api/redirects', token, {
      method: 'POST',
      body: {
        from: 'http://old-portal.example/tin-cu/bai-1.html/',
        to: '/van-ban',
        permanent: true,
      },
    })
    await timeUntil('new redirect applied', async () => {
      return (await getPage('/tin-cu/bai-1.html')).status === 301
    })
    const moved = await fetch(`${baseUrl()}/tin-cu/bai-1.html?x=1`, { redirect: 'manual' })
    expect(moved.headers.get('location')).toBe('/van-ban?x=1')
  })
})
