import { describe, expect, it } from 'vitest'

import { pageWindow } from '@/components/lists/Pagination'

describe('pageWindow', () => {
  it('shows a window of pages with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageWindow(2, 3)).toEqual([1, 2, 3])
  })
})
