/**
 * Standing pages' and units' part of the role × route matrix: a published page (with an
 * unpublished edit on top) under the root page, a draft page, a published and a draft unit, the
 * draft versions an unrestricted reader must list, and how the matrix exercises both collections.
 */
import type { CollectionSlug, Payload } from 'payload'

import type { MatrixRole } from '../security/role-route-matrix.table'
import type { Probe } from './matrix-probes'

const idOf = (doc: { id: string | number }) => String(doc.id)

export async function pageFixtures(payload: Payload, secret: string) {
  const make = async (collection: CollectionSlug, data: Record<string, unknown>, draft: boolean) =>
    idOf(
      await payload.create({
        collection,
        data: { ...data, _status: draft ? 'draft' : 'published' } as never,
        draft,
        overrideAccess: true,
      }),
    )
  const draftTitle = `Trang nháp ${secret}`
  const editTitle = `Trang sửa chưa duyệt ${secret}`
  const draftUnitName = `Đơn vị nháp ${secret}`
  const publishedPage = await make('pages', { title: `Trang công khai ${secret}` }, false)
  await payload.update({
    collection: 'pages',
    id: publishedPage,
    data: { title: editTitle },
    draft: true,
    overrideAccess: true,
  })
  const draftPage = await make('pages', { title: draftTitle, parent: publishedPage }, true)
  const publishedUnit = await make('units', { name: `Đơn vị công khai ${secret}` }, false)
  const draftUnit = await make('units', { name: draftUnitName, parent: publishedUnit }, true)
  const versionOf = async (collection: 'pages' | 'units', id: string) => {
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
      (await payload.findByID({ collection: 'pages', id, overrideAccess: true, draft: true })).slug,
    )
  return {
    ids: { publishedPage, draftPage, publishedUnit, draftUnit },
    versions: {
      pages: await versionOf('pages', draftPage),
      units: await versionOf('units', draftUnit),
    } as Record<string, string>,
    slugs: { publishedPage: await slugOf(publishedPage), draftPage: await slugOf(draftPage) },
    /** Texts no public page, feed or API may show. */
    secretTexts: [draftTitle, editTitle, draftUnitName],
  }
}

type PageFixtures = Awaited<ReturnType<typeof pageFixtures>>

export function pageProbes(
  payload: Payload,
  p: PageFixtures,
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
    pages: {
      ...filtered(p.ids.publishedPage, p.ids.draftPage),
      fresh: fresh('pages', () => ({ title: `Mới ${marker()}` })),
      field: 'title',
      body: (mark) => ({ title: mark, _status: 'draft' }),
    },
    units: {
      ...filtered(p.ids.publishedUnit, p.ids.draftUnit),
      fresh: fresh('units', () => ({ name: `Mới ${marker()}` })),
      field: 'name',
      body: (mark) => ({ name: mark, _status: 'draft' }),
    },
  }
}
