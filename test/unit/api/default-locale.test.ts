import { describe, expect, it } from 'vitest'

import { withDefaultLocale } from '@/api/default-locale'

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
