import { describe, expect, it } from 'vitest'

import { isValidTarget, normalizeRedirectPath } from '@/collections/Redirects/normalize-path'

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
