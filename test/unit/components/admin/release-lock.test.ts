/**
 * Releasing one's own document lock on leaving (src/components/admin/locks): the REST call
 * names the caller as the holder (so it can never remove a colleague's lock), the document's
 * own sub-views keep the lock, and every collection and global that locks gets the component.
 */
import type { CollectionConfig, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  CLAIM_LOCK_COMPONENT,
  isWithin,
  KEEP_EDITS_COMPONENT,
  RELEASE_LOCK_COMPONENT,
  releaseGlobalLocksOnLeave,
  releaseLocksOnLeave,
  releaseLockUrl,
  takenOverUrl,
} from '@/components/admin/locks/release-lock'

const whereOf = (url: string) => {
  const [path, query] = url.split('?')
  return { path, where: [...new URLSearchParams(query).entries()] }
}

describe('releaseLockUrl', () => {
  it("deletes the caller's own lock on a document, by collection, id and holder", () => {
    const url = releaseLockUrl({ api: '/api', collectionSlug: 'articles', id: 'a1', userId: 'u7' })
    expect(whereOf(url!)).toEqual({
      path: '/api/payload-locked-documents',
      where: [
        ['where[and][0][document.relationTo][equals]', 'articles'],
        ['where[and][1][document.value][equals]', 'a1'],
        ['where[and][2][user.value][equals]', 'u7'],
      ],
    })
  })

  it('and on a global, by slug and holder', () => {
    const url = releaseLockUrl({ api: '/api', globalSlug: 'site', userId: 7 })
    expect(whereOf(url!).where).toEqual([
      ['where[and][0][globalSlug][equals]', 'site'],
      ['where[and][1][user.value][equals]', '7'],
    ])
  })

  it('has nothing to release for a document not created yet', () => {
    expect(releaseLockUrl({ api: '/api', collectionSlug: 'articles', userId: 'u7' })).toBeNull()
    expect(
      releaseLockUrl({ api: '/api', collectionSlug: 'articles', id: '', userId: 'u' }),
    ).toBeNull()
  })
})

describe('isWithin', () => {
  it("counts the document's own views as staying, anything else as leaving", () => {
    const doc = '/admin/collections/articles/a1'
    expect(isWithin(doc, doc)).toBe(true)
    expect(isWithin(`${doc}/versions`, doc)).toBe(true)
    expect(isWithin('/admin/collections/articles', doc)).toBe(false)
    expect(isWithin('/admin/collections/articles/a10', doc)).toBe(false)
    expect(isWithin('/admin', doc)).toBe(false)
  })
})

describe('releaseLocksOnLeave', () => {
  it('adds the component to every collection that locks, keeping what was there', () => {
    const [articles, notes, pages] = releaseLocksOnLeave([
      { slug: 'articles', fields: [] },
      { slug: 'notes', fields: [], lockDocuments: false },
      {
        slug: 'pages',
        fields: [],
        admin: { components: { edit: { beforeDocumentControls: ['/x#X'] } } },
      },
    ] as CollectionConfig[])
    expect(articles?.admin?.components?.edit?.beforeDocumentControls).toEqual([
      RELEASE_LOCK_COMPONENT,
      KEEP_EDITS_COMPONENT,
      CLAIM_LOCK_COMPONENT,
    ])
    expect(notes?.admin?.components?.edit?.beforeDocumentControls).toBeUndefined()
    expect(pages?.admin?.components?.edit?.beforeDocumentControls).toEqual([
      '/x#X',
      RELEASE_LOCK_COMPONENT,
      KEEP_EDITS_COMPONENT,
      CLAIM_LOCK_COMPONENT,
    ])
  })

  it('and to every global that locks', () => {
    const [site, off] = releaseGlobalLocksOnLeave([
      { slug: 'site', fields: [] },
      { slug: 'off', fields: [], lockDocuments: false },
    ] as GlobalConfig[])
    expect(site?.admin?.components?.elements?.beforeDocumentControls).toEqual([
      RELEASE_LOCK_COMPONENT,
      KEEP_EDITS_COMPONENT,
      CLAIM_LOCK_COMPONENT,
    ])
    expect(off?.admin?.components?.elements?.beforeDocumentControls).toBeUndefined()
  })
})

describe('takenOverUrl', () => {
  it('names the document and the previous holder, and nothing without either', () => {
    const target = { api: '/api', collectionSlug: 'articles', id: 'a 1' }
    expect(takenOverUrl(target, 'u-7')).toBe(
      '/api/locks/taken-over?collection=articles&id=a+1&from=u-7',
    )
    expect(takenOverUrl({ api: '/api', globalSlug: 'site' }, 'u-7')).toBe(
      '/api/locks/taken-over?global=site&from=u-7',
    )
    expect(takenOverUrl({ api: '/api', collectionSlug: 'articles', id: null }, 'u-7')).toBeNull()
    expect(takenOverUrl(target, '')).toBeNull()
  })
})
