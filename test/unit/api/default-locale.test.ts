import { describe, expect, it } from 'vitest'

import { refusedLocale, withDefaultLocale } from '@/api/default-locale'

/*
 * With localisation's fallback off, Payload gives an API request without `?locale=` no language
 * (localised fields read empty, writes are lost); the server adds the default one.
 */
describe('withDefaultLocale', () => {
  it('adds locale=vi to API requests without a locale', () => {
    expect(withDefaultLocale('/api/pages')).toBe('/api/pages?locale=vi')
    expect(withDefaultLocale('/api/pages/1?depth=0')).toBe('/api/pages/1?depth=0&locale=vi')
    expect(withDefaultLocale('/api/graphql')).toBe('/api/graphql?locale=vi')
  })

  it('keeps a locale the client chose, and leaves other paths alone', () => {
    expect(withDefaultLocale('/api/pages?locale=en')).toBe('/api/pages?locale=en')
    expect(withDefaultLocale('/api/globals/site?locale=all')).toBe('/api/globals/site?locale=all')
    expect(withDefaultLocale('/gioi-thieu?locale=x')).toBe('/gioi-thieu?locale=x')
    expect(withDefaultLocale('/en')).toBe('/en')
    expect(withDefaultLocale('/apiary')).toBe('/apiary')
  })
})

describe('refusedLocale', () => {
  it('refuses an unknown, empty or repeated locale on the API with a Vietnamese message', () => {
    expect(refusedLocale('/api/pages?locale=xx')).toContain('Ngôn ngữ "xx" không được hỗ trợ')
    expect(refusedLocale('/api/pages?locale=')).toContain('không được hỗ trợ')
    expect(refusedLocale('/api/graphql?locale=EN')).toContain('không được hỗ trợ')
    expect(refusedLocale('/api/pages/1?locale=vi&locale=xx')).toContain('vi, xx')
  })

  it('lets a known locale, every locale, no locale and non-API paths through', () => {
    expect(refusedLocale('/api/pages?locale=vi')).toBeNull()
    expect(refusedLocale('/api/pages?locale=en&depth=0')).toBeNull()
    expect(refusedLocale('/api/globals/site?locale=all')).toBeNull()
    expect(refusedLocale('/api/pages')).toBeNull()
    expect(refusedLocale('/gioi-thieu?locale=xx')).toBeNull()
  })
})
