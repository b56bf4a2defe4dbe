/**
 * Payload's "Tài liệu bị khóa" dialog that comes up only after the edit view has loaded: the
 * editor opened the article while nobody held it, the reporter started typing in it since, and
 * the editor's own first change asks the server (form state) and learns she holds it. What the
 * editor typed is on screen behind the dialog. Taking over then refreshes the view without
 * mounting the form anew (the form is keyed by the server's `isLocked`, false both times), but
 * the refreshed view brings a new initial form state and Payload's form replaces its values with
 * it: the typing was gone. src/components/admin/locks/KeepEditsOnTakeOver.tsx puts it back.
 * Chromium against the production server.
 */
import { describe, expect, it } from 'vitest'

import {
  holderOf,
  openArticle,
  recordSaves,
  setUpLockTests,
  typeInTitle,
} from '../helpers/e2e/lock-tests'
import { pollUntil } from '../helpers/poll'

const tests = setUpLockTests('late', ['reporter', 'editor'])

const REASON = 'Đề nghị bổ sung ý kiến của chi bộ cơ sở'

describe('taking over from a lock dialog that came up after the page loaded', () => {
  it('keeps what the editor typed before the dialog, and saves it', async () => {
    const id = await tests.article('editing', `Tin sinh hoạt chi bộ ${tests.tag}`)
    // The editor opens the article first: nobody holds it, no dialog.
    const page = await tests.signIn('editor')
    await openArticle(page, id)
    expect(await page.locator('.document-locked').count()).toBe(0)
    // The reporter opens it too and types: the lock is hers.
    const holder = await tests.signIn('reporter')
    await openArticle(holder, id)
    await typeInTitle(holder, ' mới')
    await pollUntil(async () => (await tests.locksOn(id)).length === 1, 30_000, 'her lock')

    // The editor types a reason; the form-state request it makes brings up the dialog, and her
    // autosave is refused (the reporter holds the lock): the reason is only on her screen.
    const saves = recordSaves(page, id)
    const reason = page.locator('#field-stageReason')
    await reason.fill(REASON)
    const dialog = page.locator('.document-locked')
    await dialog.waitFor({ timeout: 30_000 })
    const refused = await pollUntil(async () => saves[0], 30_000, 'her autosave')
    expect(await refused.status).not.toBe(200)
    expect(await reason.inputValue()).toBe(REASON)

    // Taking over refreshes the view: wait for that refresh to have arrived and settled.
    const refreshed = page.waitForResponse(
      (res) => {
        const url = new URL(res.url())
        return url.pathname === `/admin/collections/articles/${id}` && url.searchParams.has('_rsc')
      },
      { timeout: 30_000 },
    )
    await dialog.getByRole('button', { name: 'Tiếp quản' }).click()
    // The response's headers, not its end: an RSC response may stream on.
    await refreshed
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1000)
    expect(await reason.inputValue()).toBe(REASON)

    // The lock is the editor's, and the autosave stores the reason with the reporter's title.
    await pollUntil(
      async () => {
        const [lock] = await tests.locksOn(id)
        return lock && holderOf(lock) === String(tests.users.editor.id)
      },
      30_000,
      'the lock taken over',
    )
    const stored = await pollUntil(
      async () => {
        const doc = await tests.draft(id)
        return doc.stageReason === REASON ? doc : null
      },
      30_000,
      'the reason autosaved',
    )
    expect(stored.title).toMatch(/ mới$/)
    await page.context().close()
    await holder.context().close()
  }, 180_000)
})
