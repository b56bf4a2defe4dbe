/**
 * Readers' forms over real HTTP (comments under articles, questions at /hoi-dap): read a page's
 * form token as a browser would, post the form urlencoded like a browser without JavaScript,
 * and make a published article to comment on.
 */
import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

import { articleIn } from './stages'
import { createUser } from './users'

const TOKEN = /name="ma" value="([^"]+)"/

/** The token the page at `path` hands this request (each response gets a fresh one). */
export async function formToken(url: string, path: string): Promise<string> {
  const html = await (await fetch(`${url}${path}`)).text()
  const token = TOKEN.exec(html)?.[1]
  if (!token) throw new Error(`no form token on ${path}`)
  return token
}

export interface FormAnswer {
  status: number
  location: string | null
  body: string
}

/**
 * What a current browser sends with a form posted from the portal's own page: the server gives
 * a refused post's text back only on such a post (src/feedback/same-origin-post.ts).
 */
export const sameOriginHeaders = (url: string): Record<string, string> => ({
  origin: new URL(url).origin,
  'sec-fetch-site': 'same-origin',
})

/**
 * Posts the form urlencoded, with a browser's same-origin headers unless `headers` says
 * otherwise (`{}` for a client that sends neither).
 */
export async function postForm(
  url: string,
  route: '/gui-y-kien' | '/gui-cau-hoi',
  fields: Record<string, string>,
  headers: Record<string, string> = sameOriginHeaders(url),
): Promise<FormAnswer> {
  const res = await fetch(`${url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}

/** A reader's comment with a fresh token, after waiting out the minimum fill time. */
export async function commentFields(
  url: string,
  article: Pick<Article, 'id' | 'slug'>,
  text: string,
  extra: Record<string, string> = {},
  fillMs = 1100,
): Promise<Record<string, string>> {
  const ma = await formToken(url, `/bai-viet/${article.slug}`)
  await new Promise((resolve) => setTimeout(resolve, fillMs))
  return {
    bai: article.id,
    ma,
    'ho-ten': 'Trần Thị Bình',
    'lien-he': 'binh.tran@vidu.vn',
    'noi-dung': text,
    website: '',
    ...extra,
  }
}

export async function publishedArticle(payload: Payload, title: string): Promise<Article> {
  const author = await createUser(
    payload,
    'reporter',
    `-fb${Math.random().toString(36).slice(2, 7)}`,
  )
  return articleIn(payload, 'published', author, { title })
}
