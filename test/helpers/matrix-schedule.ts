/**
 * The work schedule's part of the role × route matrix: a published and a draft entry (and a
 * published entry with an unpublished edit), a published and a draft leader, the version each
 * unrestricted reader must list, and how the matrix exercises both collections.
 */
import type { CollectionSlug, Payload } from 'payload'

import { currentWeek, mondayOf, startOfVietnamDay } from '@/site/schedule/week'

import type { MatrixRole } from '../security/role-route-matrix.table'
import type { Probe } from './matrix-probes'

const idOf = (doc: { id: string | number }) => String(doc.id)

export async function scheduleFixtures(payload: Payload, secret: string) {
  const date = startOfVietnamDay(mondayOf(currentWeek())).toISOString()
  const make = async (collection: CollectionSlug, data: Record<string, unknown>, draft: boolean) =>
    idOf(
      await payload.create({
        collection,
        data: { ...data, _status: draft ? 'draft' : 'published' } as never,
        draft,
        overrideAccess: true,
      }),
    )
  const publishedLeader = await make(
    'leaders',
    { name: `Lãnh đạo công khai ${secret}`, position: 'Bí thư' },
    false,
  )
  const draftLeaderName = `Lãnh đạo chưa công bố ${secret}`
  const draftLeader = await make('leaders', { name: draftLeaderName, position: 'Bí thư' }, true)
  const draftContent = `Lịch nháp tuyệt mật ${secret}`
  const editContent = `Lịch sửa chưa duyệt ${secret}`
  const notes = `Ghi chú nội bộ ${secret}`
  const entry = { date, session: 'sang', chairedBy: publishedLeader }
  const publishedEntry = await make(
    'schedule-entries',
    { ...entry, content: `Lịch công khai ${secret}`, notes },
    false,
  )
  const draftEntry = await make('schedule-entries', { ...entry, content: draftContent }, true)
  await payload.update({
    collection: 'schedule-entries',
    id: publishedEntry,
    data: { content: editContent },
    draft: true,
    overrideAccess: true,
  })
  const versionOf = async (collection: 'leaders' | 'schedule-entries', id: string) => {
    const { docs } = await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    if (!docs[0]) throw new Error(`no version of ${id}`)
    return idOf(docs[0])
  }
  const slugOf = async (id: string) =>
    String(
      (await payload.findByID({ collection: 'leaders', id, overrideAccess: true, draft: true }))
        .slug,
    )
  return {
    ids: { publishedEntry, draftEntry, publishedLeader, draftLeader },
    /** The draft version an unrestricted reader lists (the matrix's `otherDraft`). */
    versions: {
      'schedule-entries': await versionOf('schedule-entries', draftEntry),
      leaders: await versionOf('leaders', draftLeader),
    } as Record<string, string>,
    slugs: {
      publishedLeader: await slugOf(publishedLeader),
      draftLeader: await slugOf(draftLeader),
    },
    /** Texts no public page, feed or API may show. */
    secretTexts: [draftContent, editContent, notes, draftLeaderName],
  }
}

type ScheduleFixtures = Awaited<ReturnType<typeof scheduleFixtures>>

export function scheduleProbes(
  payload: Payload,
  s: ScheduleFixtures,
  marker: (prefix?: string) => string,
): Record<string, Probe> {
  const fresh = (collection: CollectionSlug, data: () => Record<string, unknown>) => async () =>
    idOf(
      await payload.create({
        collection,
        data: { ...data(), _status: 'draft' } as never,
        draft: true,
        overrideAccess: true,
      }),
    )
  const filtered = (published: string, draft: string) => ({
    visible: (role: MatrixRole) => (role === 'anonymous' ? published : draft),
    hidden: (role: MatrixRole) => (role === 'anonymous' ? draft : undefined),
    all: draft,
    foreign: () => draft,
  })
  return {
    'schedule-entries': {
      ...filtered(s.ids.publishedEntry, s.ids.draftEntry),
      fresh: fresh('schedule-entries', () => ({
        date: '2026-11-30',
        session: 'sang',
        content: `Mới ${marker()}`,
      })),
      field: 'content',
      body: (mark) => ({ date: '2026-11-30', session: 'chieu', content: mark, _status: 'draft' }),
    },
    leaders: {
      ...filtered(s.ids.publishedLeader, s.ids.draftLeader),
      fresh: fresh('leaders', () => ({ name: `Mới ${marker()}`, position: 'Ủy viên' })),
      field: 'name',
      body: (mark) => ({ name: mark, position: 'Ủy viên', _status: 'draft' }),
    },
  }
}
