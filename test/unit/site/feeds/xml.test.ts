import { describe, expect, it } from 'vitest'

import { xmlEscape } from '@/site/feeds/xml'

describe('xmlEscape', () => {
  it('escapes XML and drops forbidden control characters', () => {
    expect(xmlEscape('Đảng & "Nhà nước" <b>\u0007')).toBe(
      'Đảng &amp; &quot;Nhà nước&quot; &lt;b&gt;',
    )
  })
})
