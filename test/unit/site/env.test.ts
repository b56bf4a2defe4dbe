import { describe, expect, it } from 'vitest'

import { siteOrigin } from '@/site/env'

describe('siteOrigin (base of canonical links, feeds and sitemaps)', () => {
  it('follows PORT when SERVER_URL is not set', () => {
    expect(siteOrigin({ PORT: '3950' })).toBe('http://localhost:3950')
  })

  it('defaults to port 3000 with neither set', () => {
    expect(siteOrigin({})).toBe('http://localhost:3000')
  })

  it('prefers SERVER_URL and drops its trailing slashes', () => {
    expect(siteOrigin({ SERVER_URL: 'https://dangbo.example.vn//', PORT: '3950' })).toBe(
      'https://dangbo.example.vn',
    )
  })
})
