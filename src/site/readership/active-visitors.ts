/**
 * "Đang truy cập": distinct visitors seen in the last five minutes, without cookies or
 * fingerprinting. Each counted request's client address is hashed (SHA-256 of a 256-bit random salt
 * and the address; the one-shot hash costs a fifth of an HMAC on every request) with a salt
 * that exists only in this process's memory and is replaced every Vietnam day; the hash and its
 * last-seen time are kept in memory for five minutes, never written anywhere, never logged. No
 * address can be recovered from a hash once the salt is gone, and the same reader cannot be
 * followed from one day to the next. Readers behind one NAT count as one visitor; with several
 * server processes each counts its own readers (the footer shows this process's figure).
 */
import crypto from 'node:crypto'

import { vietnamDay } from './vietnam-day'

export const ACTIVE_WINDOW_MS = 5 * 60_000
const MAX_TRACKED = 100_000

export class ActiveVisitors {
  private salt = crypto.randomBytes(32).toString('hex')
  private saltDay = vietnamDay()
  private seen = new Map<string, number>()

  constructor(private readonly windowMs = ACTIVE_WINDOW_MS) {}

  saw(address: string, now = Date.now()): void {
    const day = vietnamDay(now)
    if (day !== this.saltDay) {
      this.salt = crypto.randomBytes(32).toString('hex')
      this.saltDay = day
      this.seen.clear()
    }
    // crypto.hash arrived in Node 20.12; README allows 20.9, which gets the (slower) stream API.
    const hash =
      typeof crypto.hash === 'function'
        ? crypto.hash('sha256', this.salt + address, 'base64url')
        : crypto
            .createHash('sha256')
            .update(this.salt + address)
            .digest('base64url')
    this.seen.delete(hash)
    this.seen.set(hash, now)
    if (this.seen.size > MAX_TRACKED) this.prune(now)
  }

  /** Distinct visitors seen in the window ending now. */
  count(now = Date.now()): number {
    this.prune(now)
    return this.seen.size
  }

  private prune(now: number): void {
    // The Map is in last-seen order (re-inserted on every visit): the oldest come first.
    for (const [hash, at] of this.seen) {
      if (now - at < this.windowMs && this.seen.size <= MAX_TRACKED) break
      this.seen.delete(hash)
    }
  }
}
