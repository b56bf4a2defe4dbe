import { describe, expect, it } from 'vitest'

import { isDocumentId } from '@/lib/document-id'

describe('isDocumentId', () => {
  it('accepts the ids of both databases: UUIDs (SQLite) and ObjectIds (MongoDB, production)', () => {
    expect(isDocumentId('3f2b8c1e-9a4d-4e6f-b1c2-7d8e9f0a1b2c')).toBe(true)
    expect(isDocumentId('3F2B8C1E-9A4D-4E6F-B1C2-7D8E9F0A1B2C')).toBe(true)
    expect(isDocumentId('65f1c0ffee0123456789abcd')).toBe(true)
  })

  it('refuses anything else before a query is made', () => {
    for (const bad of [
      '',
      'abc',
      '65f1c0ffee0123456789abc',
      '65f1c0ffee0123456789abcde',
      '------------------------------------',
      '3f2b8c1e9a4d4e6fb1c27d8e9f0a1b2c----',
      "' OR 1=1 --",
      null,
      undefined,
      42,
      ['65f1c0ffee0123456789abcd'],
    ])
      expect(isDocumentId(bad), String(bad)).toBe(false)
  })
})
