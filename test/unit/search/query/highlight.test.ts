import { describe, expect, it } from 'vitest'

import { escapeHtml, highlightAll, makeSnippet, termIndex } from '@/search/query/highlight'

describe('highlighting', () => {
  it('marks folded matches on the original text and merges neighbours', () => {
    const terms = termIndex(['dang', 'uy'])
    expect(highlightAll('Đảng uỷ Khối <tỉnh>', terms)).toBe(
      '<mark>Đảng uỷ</mark> Khối &lt;tỉnh&gt;',
    )
  })

  it('marks sequences only where the whole sequence occurs', () => {
    const terms = termIndex([], [['uy', 'ban', 'nhan', 'dan']])
    expect(highlightAll('Ban Thường vụ và Ủy ban nhân dân tỉnh', terms)).toBe(
      'Ban Thường vụ và <mark>Ủy ban nhân dân</mark> tỉnh',
    )
  })

  it('picks the window holding the most distinct terms', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ')
    const text = `${filler} đoạn nói về chuyển đổi số ở cơ sở. ${filler}`
    const snippet = makeSnippet(['', text], termIndex(['chuyen', 'doi', 'so']))
    expect(snippet).toContain('<mark>chuyển đổi số</mark>')
    expect(snippet.startsWith('… ')).toBe(true)
    expect(snippet.endsWith(' …')).toBe(true)
  })

  it('escapes everything outside the marks', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
  })
})
