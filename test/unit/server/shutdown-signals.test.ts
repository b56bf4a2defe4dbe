/**
 * The shutdown signal listener: the same stop may arrive twice (a supervisor or an operator
 * repeating it, a wrapper forwarding the one it also got). A second SIGTERM or Ctrl-C
 * must not find the process without a listener, where Node's default would kill it at once and
 * cut the requests the graceful shutdown was finishing.
 */
import { EventEmitter } from 'node:events'

import { describe, expect, it } from 'vitest'

import { exitOnSignals } from '@/server/shutdown'

function harness() {
  const target = new EventEmitter()
  const exits: number[] = []
  const logged: string[] = []
  let finish: () => void = () => undefined
  let closes = 0
  exitOnSignals({
    close: () => {
      closes++
      return new Promise<void>((resolve) => (finish = resolve))
    },
    logger: { info: (m) => logged.push(m), error: (_o, m) => logged.push(m) },
    target: target as unknown as { on: (s: 'SIGINT' | 'SIGTERM', l: () => void) => unknown },
    exit: (code) => exits.push(code),
  })
  return { target, exits, logged, closes: () => closes, finish: () => finish() }
}

describe('exitOnSignals', () => {
  it('keeps listening through the shutdown: a second SIGTERM or SIGINT only logs', async () => {
    const h = harness()
    h.target.emit('SIGTERM')
    h.target.emit('SIGTERM')
    h.target.emit('SIGINT')
    // Still a listener for each: the real process would not fall back to being killed.
    expect(h.target.listenerCount('SIGTERM')).toBe(1)
    expect(h.target.listenerCount('SIGINT')).toBe(1)
    expect(h.closes()).toBe(1)
    expect(h.exits).toEqual([])
    expect(h.logged.filter((m) => /again/.test(m))).toHaveLength(2)
    h.finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(h.exits).toEqual([0])
  })
})
