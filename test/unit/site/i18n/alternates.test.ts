import { afterEach, describe, expect, it } from 'vitest'

import { urlset } from '@/site/feeds/sitemap'
import { hreflangAlternates } from '@/site/i18n/alternates'
import { englishSitemapEntries } from '@/site/i18n/sitemap-entries'

/*
 * hreflang alternates: a page in both languages names both (absolute URLs, x-default the
 * Vietnamese one), the same set on either side; a page in one language names none. The sitemap
 * carries the same sets as xhtml:link entries.
 */
const ORIGIN = process.env.SERVER_URL
afterEach(() => {
  if (ORIGIN === undefined) delete process.env.SERVER_URL
  else process.env.SERVER_URL = ORIGIN
})

describe('hreflangAlternates', () => {
  it('names both versions and x-default when the page has English', () => {
    process.env.SERVER_URL = 'https://duk.example.vn/'
    expect(hreflangAlternates({ vi: '/gioi-thieu/lien-he', en: '/en/lien-he' })).toEqual({
      vi: 'https://duk.example.vn/gioi-thieu/lien-he',
      en: 'https://duk.example.vn/en/lien-he',
      'x-default': 'https://duk.example.vn/gioi-thieu/lien-he',
    })
  })

  it('names nothing for a page in Vietnamese only', () => {
    expect(hreflangAlternates({ vi: '/gioi-thieu/lich-su', en: null })).toBeUndefined()
  })
})

describe('englishSitemapEntries', () => {
  const pages = [
    { slug: 'gioi-thieu', viPath: '/gioi-thieu', hasEnglish: true },
    { slug: 'lich-su', viPath: '/gioi-thieu/lich-su', hasEnglish: false },
  ]

  it('adds the English URL of a translated page, both entries with the same alternates', () => {
    process.env.SERVER_URL = 'https://duk.example.vn'
    const entries = englishSitemapEntries(['/gioi-thieu', '/gioi-thieu/lich-su'], pages)
    expect(entries.map((e) => e.path)).toEqual(['/gioi-thieu', '/en', '/gioi-thieu/lich-su'])
    expect(entries[0]?.alternates).toEqual(entries[1]?.alternates)
    expect(entries[0]?.alternates?.en).toBe('https://duk.example.vn/en')
    expect(entries[2]?.alternates).toBeUndefined()
  })

  it('writes the alternates as xhtml:link elements in the urlset', () => {
    process.env.SERVER_URL = 'https://duk.example.vn'
    const xml = urlset(englishSitemapEntries(['/gioi-thieu'], pages))
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(xml).toContain(
      '<url><loc>https://duk.example.vn/en</loc><xhtml:link rel="alternate" hreflang="vi" href="https://duk.example.vn/gioi-thieu"/>',
    )
    expect(xml).toContain('hreflang="x-default" href="https://duk.example.vn/gioi-thieu"')
  })
})
