import { describe, expect, it } from 'vitest'

import { canonicalQuery, paramsOf } from '@/site/page-params'
import { readSearchForm } from '@/site/search-params'

const q = (path: string, query: string) => canonicalQuery(path, new URLSearchParams(query))

describe('canonicalQuery (the page cache key and what pages see)', () => {
  it('drops tracking and unknown parameters everywhere', () => {
    expect(q('/', 'utm_source=fb&fbclid=x&x=1')).toBe('')
    expect(q('/bai-viet/abc', 'trang=2&gclid=1')).toBe('')
    expect(q('/chuyen-muc/tin-tuc', 'trang=2&utm_medium=a')).toBe('?trang=2')
    expect(q('/chuyen-de/dai-hoi', 'trang=3&fbclid=x')).toBe('?trang=3')
  })

  it('keeps declared parameters in one order, first value only, empty ones out', () => {
    expect(q('/van-ban', 'nam=2024&loai=nghi_quyet&z=1')).toBe('?loai=nghi_quyet&nam=2024')
    expect(q('/van-ban', 'loai=nghi_quyet&nam=2024')).toBe('?loai=nghi_quyet&nam=2024')
    expect(q('/tim-kiem', 'q=a&q=b&trang=&sap-xep=moi-nhat')).toBe('?q=a&sap-xep=moi-nhat')
    expect(q('/anh/thu-ha', 'trang=3')).toBe('?trang=3')
  })

  it('declares every parameter the search page reads', () => {
    const form = readSearchForm({
      q: 'x',
      'chuyen-muc': 'c',
      'the-loai': 'news',
      tu: '2024-01-01',
      den: '2024-02-01',
      'sap-xep': 'moi-nhat',
      trang: '2',
    })
    expect(form).toMatchObject({ q: 'x', category: 'c', kind: 'news', sort: 'date', page: 2 })
    expect(form.from).toBe('2024-01-01')
    expect([...paramsOf('/tim-kiem')].sort()).toEqual(
      ['q', 'chuyen-muc', 'the-loai', 'tu', 'den', 'sap-xep', 'trang'].sort(),
    )
  })
})
