/**
 * Site side of the role × route matrix: public pages requested as each role (signed in with
 * the `payload-token` cookie), and the `/xem-truoc` preview flow with Next's draft-mode cookie.
 */
import { expect } from 'vitest'

import type { MatrixRole } from '../security/role-route-matrix.table'
import type { MatrixContext } from './matrix-checks'

export async function page(
  ctx: MatrixContext,
  role: MatrixRole,
  path: string,
  extraCookies: string[] = [],
): Promise<{ status: number; text: string; location: string; setCookies: string[] }> {
  const token = ctx.f.tokens[role]
  const cookies = [...(token ? [`payload-token=${token}`] : []), ...extraCookies]
  const res = await fetch(`${ctx.url}${path}`, {
    redirect: 'manual',
    headers: cookies.length ? { cookie: cookies.join('; ') } : {},
  })
  return {
    status: res.status,
    text: await res.text(),
    location: res.headers.get('location') ?? '',
    setCookies: res.headers.getSetCookie(),
  }
}

/** A public route without draft mode: the expected status, and never a draft's title. */
export async function siteCell(
  ctx: MatrixContext,
  role: MatrixRole,
  path: string,
  expected: string,
): Promise<void> {
  const res = await page(ctx, role, path)
  // The desk lists the newest comments awaiting moderation for those who moderate them.
  const moderatesComments = path === '/admin' && ['editor', 'approver', 'admin'].includes(role)
  const deskText = ctx.f.feedback.deskText
  for (const secret of ctx.f.secretTitles)
    if (!(moderatesComments && secret === deskText)) expect(res.text).not.toContain(secret)
  if (expected === 'login') {
    // A redirect, or (once Next has started streaming) a page that only sends to the sign-in.
    if (res.status === 307) return expect(res.location).toContain('/admin/login')
    expect(res.status).toBe(200)
    return expect(res.text).toContain('/admin/login')
  }
  expect(res.status, `${path} as ${role}`).toBe(Number(expected))
  if (path === `/bai-viet/${ctx.f.slugs.pending}`)
    expect(res.text).toContain(ctx.f.pendingPublishedTitle)
}

/** `/xem-truoc?slug=` then the article with the cookies it set. */
export async function previewCell(
  ctx: MatrixContext,
  role: MatrixRole,
  draft: { slug: string; title: string },
  expected: string,
): Promise<void> {
  const start = await page(ctx, role, `/xem-truoc?slug=${encodeURIComponent(draft.slug)}`)
  expect(start.status).toBe(307)
  if (expected === 'login') {
    expect(start.location).toContain('/admin/login')
    expect(start.setCookies.join(';')).not.toContain('__prerender_bypass')
    return
  }
  expect(new URL(start.location, ctx.url).pathname).toBe(`/bai-viet/${draft.slug}`)
  const bypass = start.setCookies.map((c) => c.split(';')[0] ?? '').filter(Boolean)
  expect(bypass.join(';')).toContain('__prerender_bypass')
  const res = await page(ctx, role, `/bai-viet/${draft.slug}`, bypass)
  if (expected === 'draft') {
    expect(res.status).toBe(200)
    expect(res.text).toContain(draft.title)
  } else {
    expect(res.status).toBe(Number(expected))
    expect(res.text).not.toContain(draft.title)
  }
  // The draft-mode cookie alone, without the session, shows nothing.
  const cookieOnly = await fetch(`${ctx.url}/bai-viet/${draft.slug}`, {
    headers: { cookie: bypass.join('; ') },
  })
  expect(cookieOnly.status).toBe(404)
  expect(await cookieOnly.text()).not.toContain(draft.title)
}
