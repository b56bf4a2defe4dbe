import { describe, expect, it } from 'vitest'

import { menuUrlError, type NavTargets, resolveNav, safeMenuUrl } from '@/site/navigation/resolve'

const targets: NavTargets = {
  categories: new Map([
    ['c1', { title: 'Tin tức - Sự kiện', slug: 'tin-tuc-su-kien' }],
    ['c2', { title: 'Không đường dẫn', slug: null }],
  ]),
  pages: new Map([['p1', { title: 'Giới thiệu', path: '/gioi-thieu' }]]),
}

describe('resolveNav', () => {
  it('links each kind of target, with default labels', () => {
    const nav = resolveNav(
      [
        { kind: 'category', category: 'c1' },
        { kind: 'page', page: { id: 'p1' }, label: 'Về chúng tôi' },
        { kind: 'documents', docType: 'nghi_quyet', docIssuer: 'Tỉnh ủy', docYear: 2025 },
        { kind: 'schedule' },
        { kind: 'external', label: 'Chính phủ', url: 'https://chinhphu.vn' },
      ],
      targets,
    )
    expect(nav.map(({ label, href }) => [label, href])).toEqual([
      ['Tin tức - Sự kiện', '/chuyen-muc/tin-tuc-su-kien'],
      ['Về chúng tôi', '/gioi-thieu'],
      ['Thư viện văn bản', '/van-ban?loai=nghi_quyet&co-quan=T%E1%BB%89nh+%E1%BB%A7y&nam=2025'],
      ['Lịch công tác', '/lich-cong-tac'],
      ['Chính phủ', 'https://chinhphu.vn/'],
    ])
    expect(nav[4]?.external).toBe(true)
  })

  it('drops items whose target is gone or unsafe, keeping the order of the rest', () => {
    const nav = resolveNav(
      [
        { kind: 'page', page: 'draft-page' },
        { kind: 'category', category: 'c2' },
        { kind: 'external', url: 'javascript:alert(1)' },
        { kind: 'external', url: '//evil.example' },
        { kind: 'documents', docType: 'khong-co' },
        { kind: 'schedule', label: 'Lịch' },
      ],
      targets,
    )
    expect(nav.map((e) => [e.label, e.href])).toEqual([
      ['Thư viện văn bản', '/van-ban'],
      ['Lịch', '/lich-cong-tac'],
    ])
  })

  it('keeps two levels: children resolved the same way, a group without a target kept by label', () => {
    const nav = resolveNav(
      [
        {
          kind: 'page',
          page: 'p1',
          children: [
            { kind: 'category', category: 'c1' },
            { kind: 'page', page: 'gone' },
          ],
        },
        { kind: 'page', page: 'gone', label: 'Nhóm', children: [{ kind: 'schedule' }] },
        { kind: 'page', page: 'gone', children: [{ kind: 'schedule' }] },
      ],
      targets,
    )
    expect(nav).toEqual([
      {
        label: 'Giới thiệu',
        href: '/gioi-thieu',
        children: [{ label: 'Tin tức - Sự kiện', href: '/chuyen-muc/tin-tuc-su-kien' }],
      },
      { label: 'Nhóm', children: [{ label: 'Lịch công tác', href: '/lich-cong-tac' }] },
    ])
  })

  it('treats a missing menu as empty', () => {
    expect(resolveNav(null, targets)).toEqual([])
  })
})

describe('menu addresses', () => {
  it('accepts http(s) and site paths only', () => {
    expect(safeMenuUrl('/tim-kiem')).toBe('/tim-kiem')
    expect(safeMenuUrl('http://a.vn/x')).toBe('http://a.vn/x')
    expect(safeMenuUrl('/\\evil.example')).toBeNull()
    expect(safeMenuUrl('data:text/html,x')).toBeNull()
    // Browsers drop tabs and newlines inside a URL: `/<TAB>/evil` is `//evil`, another site.
    expect(safeMenuUrl('/\t/evil.example')).toBeNull()
    expect(safeMenuUrl('/\n/evil.example')).toBeNull()
    expect(menuUrlError('ftp://x')).toMatch(/https:\/\//)
    expect(menuUrlError('')).toBe('Nhập địa chỉ liên kết.')
    expect(menuUrlError('https://dangcongsan.vn')).toBeNull()
  })
})
