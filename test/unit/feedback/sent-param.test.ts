import { describe, expect, it } from 'vitest'

import { canonicalQuery } from '@/site/page-params'

// The forms send readers back with ?da-gui=1; every other value is the same cached page, and
// nothing else a reader appends to an article's address reaches the page or the cache key.
describe('the "sent" notice parameter', () => {
  it('is one cached variant of an article and of /hoi-dap', () => {
    const q = (s: string) => new URLSearchParams(s)
    expect(canonicalQuery('/bai-viet/tin-a', q('da-gui=1&utm_source=x'))).toBe('?da-gui=1')
    expect(canonicalQuery('/bai-viet/tin-a', q('da-gui=abc'))).toBe('?da-gui=1')
    expect(canonicalQuery('/bai-viet/tin-a', q('ma=123&x=1'))).toBe('')
    expect(canonicalQuery('/hoi-dap', q('da-gui=yes&trang=2'))).toBe('?trang=2&da-gui=1')
    expect(canonicalQuery('/in/tin-a', q('da-gui=1'))).toBe('')
  })
})
