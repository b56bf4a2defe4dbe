import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { normalizeRedirectPath, isValidTarget } from '@/collections/Redirects/normalizePath'
import { pageWindow } from '@/components/lists/Pagination'
import { xmlEscape } from '@/site/feeds/xml'
import { inlineStylesheets } from '@/server/inline-styles'
import { stripClientRuntime } from '@/server/strip-client-runtime'

describe('stripClientRuntime', () => {
  it('drops Next runtime scripts and keeps the page, JSON-LD and own scripts', () => {
    const html = [
      '<head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<script>try{localStorage}catch(e){}</script></head><body><h1>Tin</h1>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"<\\/script>"])</script>',
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
      '</body>',
    ].join('')
    expect(stripClientRuntime(html)).toBe(
      '<head><script>try{localStorage}catch(e){}</script></head><body><h1>Tin</h1>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></body>',
    )
  })
})

describe('inlineStylesheets', () => {
  it('inlines built CSS with absolute font URLs and leaves unknown files linked', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'inline-css-'))
    fs.mkdirSync(path.join(root, '.next/static/chunks'), { recursive: true })
    fs.writeFileSync(
      path.join(root, '.next/static/chunks/x.css'),
      'a{src:url(../media/f.woff2)}b{c:url(data:x)}',
    )
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>' +
      '<link rel="stylesheet" href="/_next/static/chunks/missing.css"/>'
    expect(inlineStylesheets(html, root)).toBe(
      '<style>a{src:url(/_next/static/media/f.woff2)}b{c:url(data:x)}</style>' +
        '<link rel="stylesheet" href="/_next/static/chunks/missing.css"/>',
    )
  })
})

describe('redirect paths', () => {
  it('normalises pasted URLs, slashes and escapes', () => {
    expect(normalizeRedirectPath('http://cu.vn/tin-tuc/bai-1.html/')).toBe('/tin-tuc/bai-1.html')
    expect(normalizeRedirectPath('tin-tuc//')).toBe('/tin-tuc')
    expect(normalizeRedirectPath('/tin%20c%C5%A9?id=5')).toBe('/tin cũ?id=5')
    expect(normalizeRedirectPath('/')).toBe('/')
  })

  it('accepts site paths and http(s) URLs only', () => {
    expect(isValidTarget('/van-ban')).toBe(true)
    expect(isValidTarget('https://dangcongsan.vn/a')).toBe(true)
    expect(isValidTarget('//evil.example')).toBe(false)
    expect(isValidTarget('javascript:alert(1)')).toBe(false)
  })
})

describe('small helpers', () => {
  it('escapes XML and drops forbidden control characters', () => {
    expect(xmlEscape('Đảng & "Nhà nước" <b>\u0007')).toBe(
      'Đảng &amp; &quot;Nhà nước&quot; &lt;b&gt;',
    )
  })

  it('shows a window of pages with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageWindow(2, 3)).toEqual([1, 2, 3])
  })
})
