/**
 * Moves through the editorial stages by each API (REST, GraphQL, Local API acting as the user),
 * and articles made directly in a given stage, for the stage suites under
 * test/int/collections/Articles/.
 */
import type { Payload } from 'payload'

import type { Stage } from '@/collections/Articles/stages/stages'
import type { Article, User } from '@/payload-types'

import { jsonCall } from './http'

export type Api = 'rest' | 'graphql' | 'local'

export interface Person {
  user: User
  token: string
}

export interface Outcome {
  ok: boolean
  status: number
  message: string
}

export const REASON = 'Cần bổ sung số liệu và ảnh'

/** An article already in `stage`, filed by `author` (made by trusted code, as the seed does). */
export async function articleIn(
  payload: Payload,
  stage: Stage,
  author: User,
  extra: Record<string, unknown> = {},
): Promise<Article> {
  const base = { title: `Bài ${stage} ${Math.random().toString(36).slice(2, 8)}`, kind: 'news' }
  const live = stage === 'published' || stage === 'unpublished'
  const doc = await payload.create({
    collection: 'articles',
    data: {
      ...base,
      ...extra,
      createdBy: author.id,
      ...(live ? { _status: 'published' } : { _status: 'draft', stage, stageReason: REASON }),
    } as never,
    draft: !live,
    overrideAccess: true,
  })
  if (stage !== 'unpublished') return doc
  return payload.update({
    collection: 'articles',
    id: doc.id,
    data: { stage: 'unpublished', stageReason: REASON },
    overrideAccess: true,
  })
}

/** What a move sends: publishing is `_status`, the rest a PATCH of `stage` (with a reason). */
export function moveData(to: Stage, reason: string | null = REASON) {
  if (to === 'published') return { data: { _status: 'published' }, draft: false }
  return {
    data: { stage: to, ...(reason === null ? {} : { stageReason: reason }) },
    draft: to !== 'unpublished',
  }
}

const gqlValue = (value: unknown): string =>
  typeof value === 'string' && /^[a-z_]+$/.test(value) ? value : JSON.stringify(value)

export async function move(
  api: Api,
  ctx: { url: string; payload: Payload },
  who: Person,
  id: string,
  body: { data: Record<string, unknown>; draft: boolean },
): Promise<Outcome> {
  if (api === 'rest') {
    const res = await jsonCall(
      ctx.url,
      who.token,
      'PATCH',
      `/api/articles/${id}${body.draft ? '?draft=true' : ''}`,
      body.data,
    )
    const errors = (res.json.errors as Array<{ message: string }> | undefined) ?? []
    return { ok: res.status === 200, status: res.status, message: errors[0]?.message ?? '' }
  }
  if (api === 'graphql') {
    const fields = Object.entries(body.data)
      .map(([k, v]) => `${k}: ${k === 'stageReason' ? JSON.stringify(v) : gqlValue(v)}`)
      .join(', ')
    const res = await jsonCall(ctx.url, who.token, 'POST', '/api/graphql', {
      query: `mutation { updateArticle(id: "${id}", draft: ${body.draft}, data: { ${fields} }) { id } }`,
    })
    const errors =
      (res.json.errors as
        Array<{ message: string; extensions?: { statusCode?: number } }> | undefined) ?? []
    return {
      ok: errors.length === 0,
      status: errors[0]?.extensions?.statusCode ?? (errors.length ? 0 : 200),
      message: errors[0]?.message ?? '',
    }
  }
  try {
    await ctx.payload.update({
      collection: 'articles',
      id,
      data: body.data as never,
      draft: body.draft,
      user: who.user,
      overrideAccess: false,
    })
    return { ok: true, status: 200, message: '' }
  } catch (error) {
    const e = error as { status?: number; message?: string }
    return { ok: false, status: e.status ?? 500, message: e.message ?? String(error) }
  }
}

/** The stored article as its latest version (drafts included). */
export const latest = (payload: Payload, id: string) =>
  payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true, depth: 0 })
