/**
 * Payload's fixed English toasts and their Vietnamese (src/components/admin/toasts): the bulk
 * upload summary with its count, the URL-upload errors, and everything else left as it is.
 */
import { describe, expect, it } from 'vitest'

import { translateToast } from '@/components/admin/toasts/vietnamese-toasts'

describe('translateToast', () => {
  it('puts the bulk-upload summary into Vietnamese, with the count', () => {
    expect(translateToast('Successfully saved 19 files')).toBe('Đã lưu 19 tệp.')
    expect(translateToast('Successfully saved 1 files')).toBe('Đã lưu 1 tệp.')
    expect(translateToast('Failed to save 2 files')).toBe(
      'Không lưu được 2 tệp: xem lỗi ở từng tệp còn lại trong danh sách.',
    )
  })

  it('translates the URL-upload errors', () => {
    expect(translateToast('Failed to fetch the file.')).toBe('Không tải được tệp từ địa chỉ này.')
    expect(translateToast('The provided URL is not allowed.')).toBe(
      'Địa chỉ này không được phép tải tệp về.',
    )
  })

  it('leaves every other message, and non-text toasts, unchanged', () => {
    expect(translateToast('IMG_HONG.jpg — Tệp ảnh bị hỏng')).toBe('IMG_HONG.jpg — Tệp ảnh bị hỏng')
    expect(translateToast('Successfully saved 19 files and more')).toBe(
      'Successfully saved 19 files and more',
    )
    const element = { type: 'div' }
    expect(translateToast(element)).toBe(element)
    expect(translateToast(undefined)).toBeUndefined()
  })
})
