import { describe, expect, it } from 'vitest'

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
