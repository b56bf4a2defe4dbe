/** Which document an opened edit view names to cancel its lock's pending releases. */
import { describe, expect, it } from 'vitest'

import { reopenedTarget } from '@/api/lock-reopened'
import { reopenedUrl } from '@/components/admin/locks/release-lock'

const parse = (url: string) => reopenedTarget(new URL(url, 'http://localhost').searchParams)

describe('reopenedUrl and reopenedTarget', () => {
  it('carry a collection document or a global from the admin to the server', () => {
    const doc = reopenedUrl({ api: '/api', collectionSlug: 'articles', id: 'a1b2' })
    expect(doc).toBe('/api/locks/reopened?collection=articles&id=a1b2')
    expect(parse(doc!)).toEqual({ collection: 'articles', id: 'a1b2' })
    const global = reopenedUrl({ api: '/api', globalSlug: 'site' })
    expect(parse(global!)).toEqual({ global: 'site' })
  })

  it('name nothing without a document (a new one has no id yet)', () => {
    expect(reopenedUrl({ api: '/api', collectionSlug: 'articles', id: null })).toBeNull()
    expect(reopenedUrl({ api: '/api', collectionSlug: 'articles', id: '' })).toBeNull()
    expect(parse('/api/locks/reopened?collection=articles')).toBeNull()
  })

  it('refuse anything that is not a slug or an id', () => {
    expect(parse('/api/locks/reopened?collection=articles&id=a%2F..')).toBeNull()
    expect(parse(`/api/locks/reopened?collection=articles&id=${'a'.repeat(201)}`)).toBeNull()
    expect(parse('/api/locks/reopened?global=')).toBeNull()
  })
})
