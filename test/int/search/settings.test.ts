import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeSearchEngine, getSearchEngine } from '@/search/engine'
import { toSearchSettings } from '@/search/settings'

import { bootPayload, type TestPayload } from '../../helpers/payload'

let t: TestPayload

const titles = async (q: string) =>
  (await (await getSearchEngine()).search({ q })).hits.map((h) => h.title)

beforeAll(async () => {
  t = await bootPayload('search-settings')
  await t.payload.create({
    collection: 'articles',
    data: {
      title: 'Đẩy mạnh chuyển đổi số trong cơ quan Đảng',
      kind: 'news',
      _status: 'published',
    },
    overrideAccess: true,
  })
  await t.payload.jobs.run({ limit: 10 })
})

afterAll(async () => {
  await closeSearchEngine()
  await t?.cleanup()
})

describe('search settings edited in the admin', () => {
  it('map the admin form to analyzer settings', () => {
    expect(
      toSearchSettings({
        synonyms: [{ terms: 'CĐS, chuyển đổi số' }, { terms: 'lonely' }],
        stopWords: 'thì\nlà, mà',
        misspellings: [
          { wrong: 'chuyễn', right: 'chuyển' },
          { wrong: '', right: 'x' },
        ],
      }),
    ).toEqual({
      synonyms: [['CĐS', 'chuyển đổi số']],
      stopWords: ['thì', 'là', 'mà'],
      misspellings: [{ wrong: 'chuyễn', right: 'chuyển' }],
    })
  })

  it('take effect on the next search after saving', async () => {
    expect(await titles('ĐMCĐ')).toEqual([])
    expect(await titles('truyển đổi số')).toEqual([])
    await t.payload.updateGlobal({
      slug: 'search-settings',
      data: {
        synonyms: [{ terms: 'ĐMCĐ, chuyển đổi số' }],
        misspellings: [{ wrong: 'truyển đổi', right: 'chuyển đổi' }],
      },
      overrideAccess: true,
    })
    expect(await titles('ĐMCĐ')).toEqual(['Đẩy mạnh chuyển đổi số trong cơ quan Đảng'])
    expect(await titles('truyển đổi số')).toEqual(['Đẩy mạnh chuyển đổi số trong cơ quan Đảng'])
    // Restored, and the restore takes effect too: no later test inherits these settings.
    await t.payload.updateGlobal({
      slug: 'search-settings',
      data: { synonyms: [], misspellings: [] },
      overrideAccess: true,
    })
    expect(await titles('ĐMCĐ')).toEqual([])
  })

  it('only editors and admins may change them', async () => {
    const reporter = await t.payload.create({
      collection: 'users',
      data: { email: 'pv@test.vn', password: 'Pw-reporter-1', roles: ['reporter'] },
      overrideAccess: true,
    })
    await expect(
      t.payload.updateGlobal({
        slug: 'search-settings',
        data: { stopWords: 'đảng' },
        user: reporter,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
