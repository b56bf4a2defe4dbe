/**
 * Topics' part of the role × route matrix: a published topic that hand-picks a published and a
 * draft article (and has an unpublished edit on top), a draft topic, the draft version an
 * unrestricted reader must list, and how the matrix exercises the collection.
 */
import type { Payload } from 'payload'

import type { MatrixRole } from '../security/role-route-matrix.table'
import type { Probe } from './matrix-probes'

const idOf = (doc: { id: string | number }) => String(doc.id)

export async function topicFixtures(
  payload: Payload,
  secret: string,
  articles: { published: string; draft: string },
) {
  const make = async (data: Record<string, unknown>, draft: boolean) =>
    idOf(
      await payload.create({
        collection: 'topics',
        data: { ...data, _status: draft ? 'draft' : 'published' } as never,
        draft,
        overrideAccess: true,
      }),
    )
  const draftTitle = `Chuyên đề nháp ${secret}`
  const editTitle = `Chuyên đề sửa chưa duyệt ${secret}`
  const publishedTopic = await make(
    { title: `Chuyên đề công khai ${secret}`, articles: [articles.published, articles.draft] },
    false,
  )
  await payload.update({
    collection: 'topics',
    id: publishedTopic,
    data: { title: editTitle },
    draft: true,
    overrideAccess: true,
  })
  const draftTopic = await make({ title: draftTitle, articles: [articles.published] }, true)
  const { docs } = await payload.findVersions({
    collection: 'topics',
    where: { parent: { equals: draftTopic } },
    sort: '-updatedAt',
    limit: 1,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`no version of ${draftTopic}`)
  const slugOf = async (id: string) =>
    String((await payload.findByID({ collection: 'topics', id, overrideAccess: true })).slug)
  return {
    ids: { publishedTopic, draftTopic },
    versions: { topics: idOf(docs[0]) } as Record<string, string>,
    slugs: { publishedTopic: await slugOf(publishedTopic), draftTopic: await slugOf(draftTopic) },
    /** Texts no public page, feed or API may show. */
    secretTexts: [draftTitle, editTitle],
  }
}

type TopicFixtures = Awaited<ReturnType<typeof topicFixtures>>

export function topicProbes(
  payload: Payload,
  t: TopicFixtures,
  marker: (prefix?: string) => string,
): Record<string, Probe> {
  return {
    topics: {
      visible: (role: MatrixRole) =>
        role === 'anonymous' ? t.ids.publishedTopic : t.ids.draftTopic,
      hidden: (role: MatrixRole) => (role === 'anonymous' ? t.ids.draftTopic : undefined),
      all: t.ids.draftTopic,
      foreign: () => t.ids.draftTopic,
      fresh: async () =>
        idOf(
          await payload.create({
            collection: 'topics',
            data: { title: `Mới ${marker()}`, _status: 'draft' },
            draft: true,
            overrideAccess: true,
          }),
        ),
      field: 'title',
      body: (mark) => ({ title: mark, _status: 'draft' }),
    },
  }
}
