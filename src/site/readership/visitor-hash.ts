/**
 * The one way readership code turns a reader's address into something it may keep: SHA-256 of a
 * 256-bit random salt and the text (the one-shot hash costs a fifth of an HMAC), with a salt that
 * exists only in this process's memory and is replaced every Vietnam day. No address can be
 * recovered from a hash once the salt is gone, and the same reader cannot be followed from one
 * day to the next. Used by "Đang truy cập" (active-visitors.ts) and by the once-per-visit rule
 * for page views (repeat-views.ts); each holds its own salt.
 */
import crypto from 'node:crypto'

import { vietnamDay } from './vietnam-day'

// crypto.hash arrived in Node 20.12; README allows 20.9, which gets the (slower) stream API.
const sha256 = (text: string): string =>
  typeof crypto.hash === 'function'
    ? crypto.hash('sha256', text, 'base64url')
    : crypto.createHash('sha256').update(text).digest('base64url')

export class DailySalt {
  private salt = crypto.randomBytes(32).toString('hex')
  private day = vietnamDay()

  /**
   * Replaces the salt when `at` falls on another Vietnam day than the salt's; true when it did,
   * so the caller forgets the hashes made with the old one (they can never match again).
   */
  renew(at: number): boolean {
    const day = vietnamDay(at)
    if (day === this.day) return false
    this.salt = crypto.randomBytes(32).toString('hex')
    this.day = day
    return true
  }

  hash(text: string): string {
    return sha256(this.salt + text)
  }
}
