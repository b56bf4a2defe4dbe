/**
 * Whether a notice still concerns an account (src/notifications/recipients.ts `concerns`),
 * asked when notices are written and again when each e-mail goes out.
 */
import { describe, expect, it } from 'vitest'

import { concerns } from '@/notifications/recipients'

const article = { categories: ['xay-dung-dang'] }

describe('concerns', () => {
  it('a queue notice: the role of that queue and a category of the piece (none = all)', () => {
    expect(concerns({ id: 1, roles: ['editor'] }, 'editing', article)).toBe(true)
    expect(
      concerns({ id: 1, roles: ['editor'], categories: ['xay-dung-dang'] }, 'editing', article),
    ).toBe(true)
    expect(
      concerns(
        { id: 1, roles: ['editor'], categories: [{ id: 'xay-dung-dang' }] },
        'editing',
        article,
      ),
    ).toBe(true)
    expect(
      concerns({ id: 1, roles: ['editor'], categories: ['kinh-te'] }, 'editing', article),
    ).toBe(false)
    expect(concerns({ id: 1, roles: ['reporter'] }, 'editing', article)).toBe(false)
    expect(concerns({ id: 1, roles: ['editor'] }, 'approval', article)).toBe(false)
    expect(concerns({ id: 1, roles: ['editor', 'approver'] }, 'approval', article)).toBe(true)
  })

  it('a return or publication: any staff role', () => {
    expect(concerns({ id: 1, roles: ['reporter'] }, 'returned', article)).toBe(true)
    expect(concerns({ id: 1, roles: ['reporter'] }, 'published', article)).toBe(true)
    expect(concerns({ id: 1, roles: [] }, 'returned', article)).toBe(false)
    expect(concerns({ id: 1, roles: ['reader'] }, 'published', article)).toBe(false)
  })

  it('never a deleted account', () => {
    expect(concerns(null, 'returned', article)).toBe(false)
    expect(concerns(undefined, 'editing', article)).toBe(false)
  })
})
