/**
 * The month's royalty report from the database, through the Local API: articles published
 * (status published, `publishedAt` inside the Vietnam month) and the royalty lines of their
 * newest saved version. Lines an editor adjusts after publication are saved as a draft, which
 * only an approver could publish; reading the newest version makes the adjustment count without
 * republishing the text. Points are valued at the point value of the settings now.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { categoryScope, scopedCategories } from '@/access/categories'

import {
  buildRoyaltyReport,
  type PersonInfo,
  type RoyaltyLineInput,
  type RoyaltyReport,
} from './compute'
import { idOf, linesOf } from './lines'
import { vietnamMonthRange } from './month'
import { loadRoyaltySettings } from './settings'

const PAGE = 200

interface ArticleHead {
  id: string
  title: string
  kind: string
  publishedAt: string
}

async function publishedIn(
  payload: Payload,
  start: Date,
  end: Date,
  user: PayloadRequest['user'],
): Promise<ArticleHead[]> {
  // An editor or approver limited to categories sees the lines of those categories' articles
  // (and their own) only, as everywhere else; the CLI (no user) and admins see the newsroom.
  const scope = scopedCategories(user)
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      { publishedAt: { greater_than_equal: start.toISOString() } },
      { publishedAt: { less_than: end.toISOString() } },
      ...(scope && user ? [categoryScope(user, scope)] : []),
    ],
  }
  const heads: ArticleHead[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'articles',
      where,
      select: { title: true, kind: true, publishedAt: true },
      sort: 'publishedAt',
      depth: 0,
      page,
      limit: PAGE,
      draft: false,
      overrideAccess: true,
    })
    for (const doc of result.docs)
      heads.push({
        id: doc.id,
        title: doc.title,
        kind: doc.kind,
        publishedAt: doc.publishedAt ?? '',
      })
    if (!result.hasNextPage) return heads
  }
}

async function newestLines(payload: Payload, ids: string[]): Promise<Map<string, unknown>> {
  const lines = new Map<string, unknown>()
  for (let i = 0; i < ids.length; i += PAGE) {
    const chunk = ids.slice(i, i + PAGE)
    const { docs } = await payload.find({
      collection: 'articles',
      where: { id: { in: chunk } },
      select: { royalties: true },
      depth: 0,
      limit: chunk.length,
      pagination: false,
      draft: true,
      overrideAccess: true,
    })
    for (const doc of docs) lines.set(doc.id, doc.royalties)
  }
  return lines
}

async function peopleOf(payload: Payload, ids: string[]): Promise<Map<string, PersonInfo>> {
  const people = new Map<string, PersonInfo>()
  for (let i = 0; i < ids.length; i += PAGE) {
    const chunk = ids.slice(i, i + PAGE)
    const { docs } = await payload.find({
      collection: 'authors',
      where: { id: { in: chunk } },
      select: { name: true, unit: true },
      depth: 0,
      limit: chunk.length,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) people.set(doc.id, { name: doc.name, unit: doc.unit ?? null })
  }
  return people
}

export async function loadRoyaltyReport(
  payload: Payload,
  month: string,
  req?: PayloadRequest,
): Promise<RoyaltyReport> {
  const { start, end } = vietnamMonthRange(month)
  const settings = await loadRoyaltySettings(payload, req)
  const heads = await publishedIn(payload, start, end, req?.user ?? null)
  const stored = await newestLines(
    payload,
    heads.map((h) => h.id),
  )
  const lines: RoyaltyLineInput[] = heads.flatMap((head) =>
    linesOf(stored.get(head.id)).map((line) => ({
      articleId: head.id,
      articleTitle: head.title,
      kind: head.kind,
      publishedAt: head.publishedAt,
      personId: idOf(line.person),
      role: line.role ?? '',
      points: typeof line.points === 'number' ? line.points : null,
      amount: typeof line.amount === 'number' ? line.amount : null,
      note: line.note ?? '',
    })),
  )
  const personIds = [...new Set(lines.map((l) => l.personId).filter((id): id is string => !!id))]
  return buildRoyaltyReport({
    month,
    from: start,
    to: end,
    pointValue: settings.pointValue,
    lines,
    people: await peopleOf(payload, personIds),
  })
}
