import crypto from 'node:crypto'

/**
 * Password rules for accounts created outside the admin (demo seed, `cms users`): random ones are
 * crypto-strong yet easy to read aloud or type; chosen ones must be long enough. Payload itself
 * only demands 3 characters, so the CLI enforces this stricter minimum.
 */
export const MIN_PASSWORD_LENGTH = 12

// No look-alikes (0/O, 1/l/I) so a password read off a console or file is typed right first time.
const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const DIGITS = '23456789'
const ALPHABET = LOWER + UPPER + DIGITS

const hasEvery = (value: string) =>
  [LOWER, UPPER, DIGITS].every((set) => [...value].some((c) => set.includes(c)))

/**
 * Four groups of five characters joined by dashes (23 characters, about 114 bits), always with a
 * lower-case letter, a capital and a digit so it also satisfies the usual composition rules.
 */
export function randomPassword(groups = 4, size = 5): string {
  for (;;) {
    const chars = Array.from(
      { length: groups * size },
      () => ALPHABET[crypto.randomInt(ALPHABET.length)],
    )
    const body = chars.join('')
    if (!hasEvery(body)) continue
    return Array.from({ length: groups }, (_, i) => body.slice(i * size, (i + 1) * size)).join('-')
  }
}

/** Why a chosen password is refused (Vietnamese, shown to the operator), or null when it is fine. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
  return null
}
