import { describe, expect, it } from 'vitest'

import { MIN_PASSWORD_LENGTH, passwordProblem, randomPassword } from '@/lib/password'

describe('randomPassword', () => {
  it('is long, readable and has lower case, capitals and digits', () => {
    for (let i = 0; i < 200; i++) {
      const password = randomPassword()
      expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/)
      expect(password).not.toMatch(/[01lIO]/)
      expect(password).toMatch(/[a-z]/)
      expect(password).toMatch(/[A-Z]/)
      expect(password).toMatch(/[2-9]/)
      expect(passwordProblem(password)).toBeNull()
    }
  })

  it('never repeats', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => randomPassword()))
    expect(seen.size).toBe(1000)
  })
})

describe('passwordProblem', () => {
  it('refuses short passwords in Vietnamese, counting characters rather than bytes', () => {
    expect(passwordProblem('ngắn quá')).toBe(
      `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
    )
    expect(passwordProblem('a'.repeat(MIN_PASSWORD_LENGTH - 1))).not.toBeNull()
    expect(passwordProblem('đủ dài rồi nhé')).toBeNull()
  })
})
