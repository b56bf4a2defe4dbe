import { describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relation-id'

describe('relationId', () => {
  it('reads an id string, a populated document and numeric ids', () => {
    expect(relationId('abc')).toBe('abc')
    expect(relationId({ id: 'abc', title: 'x' })).toBe('abc')
    expect(relationId({ id: 42 })).toBe('42')
  })

  it('gives null for anything that names no document', () => {
    for (const value of [null, undefined, 7, {}, { value: 'abc' }, []]) {
      expect(relationId(value)).toBeNull()
    }
  })
})
