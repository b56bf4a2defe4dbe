import { describe, expect, it } from 'vitest'

import {
  EN_HOME,
  englishCounterpart,
  englishSections,
  englishSwitchTarget,
  enUrls,
  isEnglishPath,
  vietnameseCounterpart,
  vietnameseSwitchTarget,
} from '@/site/i18n/routes'

/*
 * Which page is whose counterpart between the Vietnamese section (/gioi-thieu/…) and the English
 * one (/en, /en/<slug>), and where the header's language switch leads from either side.
 */
const entry = (
  id: string,
  slug: string,
  viPath: string,
  title: string | null,
  parent: string | null = 'root',
  order = 100,
) => ({ id, slug, viPath, title, hasEnglish: title !== null, description: null, parent, order })

const PAGES = [
  entry('root', 'gioi-thieu', '/gioi-thieu', 'About us', null),
  entry('chuc', 'chuc-nang', '/gioi-thieu/chuc-nang', 'Functions', 'root', 2),
  entry('co', 'co-cau', '/gioi-thieu/co-cau', 'Organisation', 'root', 1),
  entry('ban', 'ban', '/gioi-thieu/co-cau/ban', 'Board', 'co'),
  entry('su', 'lich-su', '/gioi-thieu/lich-su', null, 'root', 3),
]

describe('English page addresses', () => {
  it('puts the root page at /en and every other page at /en/<slug>, flat', () => {
    expect(enUrls.page('gioi-thieu')).toBe('/en')
    expect(enUrls.page('co-cau')).toBe('/en/co-cau')
    expect(enUrls.page('a b')).toBe('/en/a%20b')
  })

  it('tells English paths from look-alikes', () => {
    expect(isEnglishPath('/en')).toBe(true)
    expect(isEnglishPath('/en/co-cau')).toBe(true)
    expect(isEnglishPath('/english')).toBe(false)
    expect(isEnglishPath('/gioi-thieu/en')).toBe(false)
  })
})

describe('counterparts and the language switch', () => {
  it('leads a Vietnamese page to its English version, nested pages included', () => {
    expect(englishCounterpart('/gioi-thieu/co-cau/ban', PAGES)).toBe('/en/ban')
    expect(englishCounterpart('/gioi-thieu', PAGES)).toBe(EN_HOME)
    expect(englishSwitchTarget('/gioi-thieu/chuc-nang', PAGES)).toBe('/en/chuc-nang')
  })

  it('leads a page without English, and any other Vietnamese page, to /en', () => {
    expect(englishCounterpart('/gioi-thieu/lich-su', PAGES)).toBeNull()
    expect(englishSwitchTarget('/gioi-thieu/lich-su', PAGES)).toBe(EN_HOME)
    expect(englishSwitchTarget('/bai-viet/tin-moi', PAGES)).toBe(EN_HOME)
    expect(englishSwitchTarget('/', PAGES)).toBe(EN_HOME)
  })

  it('leads an English page back to its Vietnamese page, and /en to Giới thiệu', () => {
    expect(vietnameseSwitchTarget('/en/ban', PAGES)).toBe('/gioi-thieu/co-cau/ban')
    expect(vietnameseSwitchTarget('/en', PAGES)).toBe('/gioi-thieu')
    expect(vietnameseSwitchTarget('/en/khong-co', PAGES)).toBe('/')
  })

  it("sends /en to the portal's home when the root page has no English", () => {
    const pages = PAGES.map((p) => (p.id === 'root' ? { ...p, title: null, hasEnglish: false } : p))
    expect(vietnameseCounterpart('/en', pages)).toBe('/')
  })
})

describe('englishSections', () => {
  it("lists the root page's English children in order, leaving out those without English", () => {
    expect(englishSections(PAGES)).toEqual([
      { title: 'Organisation', description: null, href: '/en/co-cau' },
      { title: 'Functions', description: null, href: '/en/chuc-nang' },
    ])
  })
})
