// The Vietnamese and English headers and footers (separate root layouts) share their common
// parts through one set of components: the brand block, the footer's "about" section and its
// contact links. Sharing them must not change a byte of the HTML: the snapshots below were
// recorded from the separate components before they shared anything. The footer's visit counter
// reads the database and is not part of what is shared, so it is left out here.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { EnglishFooter } from '@/components/english/EnglishFooter'
import { EnglishHeader } from '@/components/english/EnglishHeader'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import type { Site } from '@/payload-types'

vi.mock('@/components/readership/VisitCounter', () => ({ VisitCounter: () => null }))

const site = {
  id: 'site',
  name: 'Đảng ủy Khối các cơ quan tỉnh',
  shortName: 'ĐUK',
  tagline: 'Cổng thông tin điện tử',
  footer: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
  contact: {
    license: 'Giấy phép số 12/GP-TTĐT',
    responsible: 'Nguyễn Văn A',
    address: '1 Đường Hùng Vương',
    phone: '(0205) 3 812 345',
    fax: '(0205) 3 812 346',
    email: 'dukcq@langson.gov.vn',
  },
  logo: {
    id: 'logo',
    alt: '',
    url: '/api/media/file/logo.png',
    sizes: { thumbnail: { url: '/api/media/file/logo-64x64.webp', width: 64, height: 64 } },
  },
} as unknown as Site

const bare = { id: 'site', name: '', tagline: null, logo: null } as unknown as Site

const nav = [
  { label: 'Tin tức', href: '/chuyen-muc/tin-tuc', children: [] },
  {
    label: 'Giới thiệu',
    href: '/gioi-thieu',
    children: [{ label: 'Lãnh đạo', href: '/gioi-thieu/lanh-dao' }],
  },
]

describe('the headers’ HTML', () => {
  it('is unchanged for the Vietnamese header', () => {
    expect(
      renderToString(createElement(SiteHeader, { site, nav, englishHref: '/en' })),
    ).toMatchInlineSnapshot(
      `"<link rel="preload" as="image" href="/api/media/file/logo-64x64.webp"/><header class="site-header"><div class="site-header__brand wrap"><a class="brand" href="/"><img src="/api/media/file/logo-64x64.webp" width="64" height="64" alt="" class="brand__logo"/><span class="brand__text"><span class="brand__name">Đảng ủy Khối các cơ quan tỉnh</span><span class="brand__tagline">Cổng thông tin điện tử</span></span></a><div class="site-header__tools"><a class="lang-switch" href="/en" hrefLang="en" lang="en">English</a><form class="search-box" role="search" action="/tim-kiem" method="get"><label for="header-q" class="visually-hidden">Tìm kiếm bài viết</label><input id="header-q" type="search" placeholder="Tìm kiếm…" autoComplete="off" name="q"/><button type="submit">Tìm</button></form></div></div><nav class="site-nav" aria-label="Menu chính"><ul class="site-nav__list wrap"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-tuc">Tin tức</a></li><li class="site-nav__group"><details name="site-nav" data-nav-group=""><summary>Giới thiệu</summary><ul class="site-nav__sub"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/gioi-thieu/lanh-dao">Lãnh đạo</a></li></ul></details></li></ul></nav></header>"`,
    )
  })

  it('is unchanged for the English header, with and without a name and logo', () => {
    const menu = [{ title: 'Leadership', href: '/en/lanh-dao' }]
    expect(
      renderToString(createElement(EnglishHeader, { site, menu, vietnameseHref: '/gioi-thieu' })),
    ).toMatchInlineSnapshot(
      `"<link rel="preload" as="image" href="/api/media/file/logo-64x64.webp"/><header class="site-header"><div class="site-header__brand wrap"><a class="brand" href="/en"><img src="/api/media/file/logo-64x64.webp" width="64" height="64" alt="" class="brand__logo"/><span class="brand__text"><span class="brand__name">Đảng ủy Khối các cơ quan tỉnh</span><span class="brand__tagline">Cổng thông tin điện tử</span></span></a><div class="site-header__tools"><a class="lang-switch" href="/gioi-thieu" hrefLang="vi" lang="vi">Tiếng Việt</a></div></div><nav class="site-nav" aria-label="Main menu"><ul class="site-nav__list wrap"><li><a href="/en">Home</a></li><li><a href="/en/lanh-dao">Leadership</a></li></ul></nav></header>"`,
    )
    expect(
      renderToString(createElement(EnglishHeader, { site: bare, menu, vietnameseHref: '/' })),
    ).toMatchInlineSnapshot(
      `"<header class="site-header"><div class="site-header__brand wrap"><a class="brand" href="/en"><span class="brand__text"><span class="brand__name">Home</span></span></a><div class="site-header__tools"><a class="lang-switch" href="/" hrefLang="vi" lang="vi">Tiếng Việt</a></div></div><nav class="site-nav" aria-label="Main menu"><ul class="site-nav__list wrap"><li><a href="/en">Home</a></li><li><a href="/en/lanh-dao">Leadership</a></li></ul></nav></header>"`,
    )
  })
})

describe('the footers’ HTML', () => {
  it('is unchanged for the Vietnamese footer, with and without contact details', () => {
    expect(renderToString(createElement(SiteFooter, { site, menu: [] }))).toMatchInlineSnapshot(
      `"<footer class="site-footer"><div class="wrap site-footer__grid"><section aria-labelledby="footer-about"><h2 id="footer-about" class="site-footer__title">Đảng ủy Khối các cơ quan tỉnh</h2><p>Giấy phép số 12/GP-TTĐT</p><p>Chịu trách nhiệm nội dung: <!-- -->Nguyễn Văn A</p><p>Địa chỉ: <!-- -->1 Đường Hùng Vương</p><p>Điện thoại:<!-- --> <a href="tel:02053812345">(0205) 3 812 345</a></p><p>Fax: <!-- -->(0205) 3 812 346</p><p>Email: <a href="mailto:dukcq@langson.gov.vn">dukcq@langson.gov.vn</a></p><p class="site-footer__note">Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></section><section aria-labelledby="footer-links"><h2 id="footer-links" class="site-footer__title">Tiện ích</h2><ul class="plain-list"><li><a href="/van-ban">Thư viện văn bản</a></li><li><a href="/tim-kiem">Tìm kiếm</a></li><li><a href="/rss.xml">Tin mới qua RSS</a></li></ul></section></div></footer>"`,
    )
    expect(
      renderToString(createElement(SiteFooter, { site: bare, menu: nav })),
    ).toMatchInlineSnapshot(
      `"<footer class="site-footer"><div class="wrap site-footer__grid"><section aria-labelledby="footer-about"><h2 id="footer-about" class="site-footer__title"></h2></section><section aria-labelledby="footer-links"><h2 id="footer-links" class="site-footer__title">Tiện ích</h2><nav class="footer-menu" aria-label="Liên kết chân trang"><ul class="footer-menu__list"><li><a href="/chuyen-muc/tin-tuc" class="footer-menu__head">Tin tức</a></li><li><a href="/gioi-thieu" class="footer-menu__head">Giới thiệu</a><ul class="plain-list"><li><a href="/gioi-thieu/lanh-dao">Lãnh đạo</a></li></ul></li></ul></nav></section></div></footer>"`,
    )
  })

  it('is unchanged for the English footer, with and without contact details', () => {
    expect(renderToString(createElement(EnglishFooter, { site }))).toMatchInlineSnapshot(
      `"<footer class="site-footer"><div class="wrap site-footer__grid"><section aria-labelledby="footer-about"><h2 id="footer-about" class="site-footer__title">Đảng ủy Khối các cơ quan tỉnh</h2><p>Giấy phép số 12/GP-TTĐT</p><p>Responsible for content<!-- -->: <!-- -->Nguyễn Văn A</p><p>Address<!-- -->: <!-- -->1 Đường Hùng Vương</p><p>Telephone<!-- -->:<!-- --> <a href="tel:02053812345">(0205) 3 812 345</a></p><p>Fax<!-- -->: <!-- -->(0205) 3 812 346</p><p>E-mail<!-- -->: <a href="mailto:dukcq@langson.gov.vn">dukcq@langson.gov.vn</a></p><p class="site-footer__note">Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></section></div></footer>"`,
    )
    expect(renderToString(createElement(EnglishFooter, { site: bare }))).toMatchInlineSnapshot(
      `"<footer class="site-footer"><div class="wrap site-footer__grid"><section aria-labelledby="footer-about"><h2 id="footer-about" class="site-footer__title">Contact</h2></section></div></footer>"`,
    )
  })
})
