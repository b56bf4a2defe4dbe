import { LoginThrottle, type ThrottleOptions } from './login-throttle'

const envNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : fallback
}

/** Throttle settings from the environment (README, Configuration). */
export const loginThrottleOptions = (): ThrottleOptions => ({
  freeAttempts: envNumber('LOGIN_FREE_ATTEMPTS', 3),
  baseMs: 1000,
  maxMs: envNumber('LOGIN_BACKOFF_MAX_MINUTES', 15) * 60_000,
  ipMaxFailures: Math.max(1, envNumber('LOGIN_IP_MAX_FAILURES', 30)),
  ipWindowMs: 15 * 60_000,
  forgetMs: 24 * 60 * 60_000,
  maxEntries: 100_000,
})

// One throttle per process, on globalThis because the Users hooks may be loaded twice (by the
// Express side and inside Next's server bundle) and both copies must count together.
const KEY = Symbol.for('portal.loginThrottle')
type WithThrottle = typeof globalThis & { [KEY]?: LoginThrottle }

export function loginThrottle(): LoginThrottle {
  const store = globalThis as WithThrottle
  return (store[KEY] ??= new LoginThrottle(loginThrottleOptions()))
}
