/**
 * What the desk (DeskView.tsx) shows a person, fetched through the Local API *as that person*
 * (`overrideAccess: false, user`), so each list holds exactly what the article list would show
 * them: reporters their own pieces, scoped editors and approvers their categories. Only the
 * schedule's job rows, which no one may read over the API, are read by the server; the articles
 * they name are then fetched as the person.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { hasRole, isEditorial } from '@/access/roles'
import type { Stage } from '@/collections/Articles/stages/stages'
import type { Article } from '@/payload-types'

export const DESK_ROWS = 10
const RECENT_DAYS = 7

type User = NonNullable<PayloadRequest['user']>

export interface DeskRow {
  id: string
  title: string
  stage: Stage | null
  at: string | null
  /** The reason a returned piece came back with. */
  reason?: string | null
}

export interface DeskSection {
  rows: DeskRow[]
  total: number
}

export interface Desk {
  mine: DeskSection
  /** Null for a person with no queue (reporters). */
  queue: DeskSection | null
  queueStages: Stage[]
  scheduled: DeskSection
  recent: DeskSection
}

const lastReason = (a: Article): string | null => {
  const last = a.stageHistory?.at(-1)
  return last?.to === 'returned' ? (last.reason ?? null) : null
}

const toRow = (a: Article, at?: string | null): DeskRow => ({
  id: String(a.id),
  title: a.title,
  stage: (a.stage as Stage | null | undefined) ?? null,
  at: at ?? a.updatedAt,
  reason: a.stage === 'returned' ? lastReason(a) : undefined,
})

/** The stages waiting for this person: editors edit, approvers approve, admins both. */
export function queueStagesFor(user: User): Stage[] {
  const stages: Stage[] = []
  if (hasRole(user, 'editor', 'admin')) stages.push('editing')
  if (hasRole(user, 'approver', 'admin')) stages.push('approval')
  return stages
}

async function articles(
  payload: Payload,
  user: User,
  where: Where,
  sort: string,
  draft = true,
): Promise<{ docs: Article[]; total: number }> {
  const res = await payload.find({
    collection: 'articles',
    where,
    sort,
    limit: DESK_ROWS,
    depth: 0,
    draft,
    overrideAccess: false,
    user,
  })
  return { docs: res.docs, total: res.totalDocs }
}

/** Article ids with a pending scheduled publication, and when. */
async function scheduledPublications(payload: Payload): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  const when = new Map<string, string>()
  for (const job of docs) {
    const input = job.input as { type?: string; doc?: { relationTo?: string; value?: unknown } }
    const id = input?.doc?.value
    if (input?.doc?.relationTo !== 'articles' || (input.type && input.type !== 'publish')) continue
    if (typeof id !== 'string' && typeof id !== 'number') continue
    if (!when.has(String(id))) when.set(String(id), String(job.waitUntil ?? ''))
  }
  return when
}

export async function loadDesk(payload: Payload, user: User): Promise<Desk> {
  const me = user.id
  const queueStages = isEditorial(user) ? queueStagesFor(user) : []
  const since = new Date(Date.now() - RECENT_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const schedule = await scheduledPublications(payload)
  const scheduledIds = [...schedule.keys()]

  const [mine, queue, scheduled, recent] = await Promise.all([
    articles(
      payload,
      user,
      {
        or: [
          { and: [{ createdBy: { equals: me } }, { stage: { in: ['writing'] } }] },
          {
            and: [
              { stage: { equals: 'returned' } },
              { or: [{ returnedTo: { equals: me } }, { createdBy: { equals: me } }] },
            ],
          },
        ],
      },
      '-updatedAt',
    ),
    queueStages.length
      ? articles(payload, user, { stage: { in: queueStages } }, 'updatedAt')
      : Promise.resolve(null),
    scheduledIds.length
      ? articles(payload, user, { id: { in: scheduledIds } }, '-updatedAt')
      : Promise.resolve({ docs: [], total: 0 }),
    articles(
      payload,
      user,
      { and: [{ _status: { equals: 'published' } }, { publishedAt: { greater_than: since } }] },
      '-publishedAt',
      // The live documents: a published piece with newer unpublished edits is still published.
      false,
    ),
  ])
  const scheduledRows = scheduled.docs
    .map((a) => toRow(a, schedule.get(String(a.id)) ?? null))
    .sort((a, b) => String(a.at).localeCompare(String(b.at)))
  return {
    mine: { rows: mine.docs.map((a) => toRow(a)), total: mine.total },
    queue: queue ? { rows: queue.docs.map((a) => toRow(a)), total: queue.total } : null,
    queueStages,
    scheduled: { rows: scheduledRows, total: scheduled.total },
    recent: {
      rows: recent.docs.map((a) => toRow(a, a.publishedAt ?? a.updatedAt)),
      total: recent.total,
    },
  }
}
