/**
 * The set-up the document-lock browser tests share (test/e2e/lock-release*.test.ts,
 * return-reason.test.ts, take-over-late-dialog.test.ts): a browser, a second Payload on the
 * e2e server's SQLite file for the test's own accounts and articles, people signed in to the
 * admin, an article's edit view opened and typed in, the locks held on it and the saves the
 * admin sends. Each file used to carry its own copy of these.
 */
import type { Payload } from 'payload'
import type { Browser, Locator, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

import type { Stage } from '@/collections/Articles/stages/stages'
import type { Article, PayloadLockedDocument, User } from '@/payload-types'

import { pollUntil } from '../poll'
import { articleIn } from '../stages'
import { createUser, passwordFor, type TestRole } from '../users'
import { adminLogin } from './admin-login'
import { baseUrl, launch } from './browser'

export interface LockTests<R extends TestRole> {
  /** Set in `beforeAll`, like everything below that is not a function. */
  browser: Browser
  payload: Payload
  /** Makes this file's accounts and titles its own (`-lock…`). */
  tag: string
  users: Record<R, User>
  /** Signs the test's account of `role` in to the admin, in a fresh browser context. */
  signIn: (role: R) => Promise<Page>
  /** The locks held on the article (none, or one). */
  locksOn: (id: string) => Promise<PayloadLockedDocument[]>
  /** The article as stored, its newest draft included (autosaves land there). */
  draft: (id: string) => Promise<Article>
  /** An article already in `stage`, filed by the test's reporter; its id. */
  article: (stage: Stage, title: string) => Promise<string>
}

/**
 * Registers the file's `beforeAll`/`afterAll`: launches the browser, opens the second Payload
 * and creates one account per role in `roles` (the reporter first: articles are hers).
 */
export function setUpLockTests<R extends TestRole>(
  name: string,
  roles: readonly ['reporter', ...R[]],
): LockTests<R | 'reporter'> {
  const tests = {
    tag: `-${name}${Date.now().toString(36)}`,
    users: {},
    signIn: (role) => {
      const user = tests.users[role]
      return adminLogin(tests.browser, user.email, passwordFor(role))
    },
    locksOn: async (id) =>
      (
        await tests.payload.find({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: id } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs,
    draft: (id) =>
      tests.payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true }),
    article: async (stage, title) =>
      String((await articleIn(tests.payload, stage, tests.users.reporter, { title })).id),
  } as LockTests<R | 'reporter'>

  beforeAll(async () => {
    tests.browser = await launch()
    // A second Payload on the server's SQLite file, only for this test's accounts and articles.
    Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    tests.payload = await getPayload({ config })
    for (const role of roles) tests.users[role] = await createUser(tests.payload, role, tests.tag)
  })

  afterAll(async () => {
    await tests.browser?.close()
    await tests.payload?.destroy()
  })

  return tests
}

/** The id of the person holding `lock`. */
export const holderOf = (lock: PayloadLockedDocument): string =>
  String((lock.user as { value: unknown }).value)

/** Opens the article's edit view and waits until the form has settled; its title field. */
export async function openArticle(page: Page, id: string): Promise<Locator> {
  await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
  const title = page.locator('#field-title')
  await title.waitFor()
  await page.waitForLoadState('networkidle')
  return title
}

/** Types `text` at the end of the title, again until the form takes it (it may still hydrate). */
export async function typeInTitle(page: Page, text: string): Promise<void> {
  const title = page.locator('#field-title')
  await pollUntil(
    async () => {
      await title.click()
      await title.press('End')
      await title.pressSequentially(text, { delay: 20 })
      return (await title.inputValue()).endsWith(text)
    },
    30_000,
    'the title field to take input',
  )
}

export interface Save {
  body: string
  status: Promise<number>
}

/** Every PATCH of the article the page sends from now on, in order, with its answer's status. */
export function recordSaves(page: Page, id: string): Save[] {
  const saves: Save[] = []
  page.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (request.method() !== 'PATCH' || url.pathname !== `/api/articles/${id}`) return
    saves.push({
      body: request.postDataBuffer()?.toString('utf8') ?? '',
      status: request.response().then((r) => r?.status() ?? 0),
    })
  })
  return saves
}
