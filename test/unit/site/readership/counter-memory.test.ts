// The view counter (counter.ts) remembers its verdict per request path, and the path is the
// reader's to choose: up to Node's header limit (16 kB) per request, on any GET. Remembering
// 2,000 such paths let any reader make every server process hold over 30 MB for nothing (they
// are never counted: countedPage refuses paths over 300 characters). Long paths must take the
// exact path instead, and still be refused. Measured on the heap after a full garbage collection
// (exposed at run time, so no special flag is needed).
import { EventEmitter } from 'node:events'
import v8 from 'node:v8'
import vm from 'node:vm'

import type { Request, Response } from 'express'
import { describe, expect, it } from 'vitest'

import { viewCounter } from '@/site/readership/counter'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const heapMb = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1e6
}

/** Runs one GET of `path` through the counter; whether it would listen for the answer. */
function visit(counter: ReturnType<typeof viewCounter>, path: string): boolean {
  const res = new EventEmitter()
  const req = { method: 'GET', headers: {}, path, ip: '203.0.113.9' }
  let passed = false
  void counter(req as unknown as Request, res as unknown as Response, () => {
    passed = true
  })
  expect(passed).toBe(true)
  return res.listenerCount('finish') > 0
}

describe('the view counter’s memory', () => {
  it('does not keep readers’ oversized paths', () => {
    const counter = viewCounter()
    const before = heapMb()
    for (let i = 0; i < 2000; i++) {
      // A flat string as the HTTP parser makes it (a concatenation could share its long part).
      const path = Buffer.from(`/bai-viet/${String(i).padStart(8, '0')}${'x'.repeat(16_000)}`)
      expect(visit(counter, path.toString('latin1'))).toBe(false)
    }
    const grown = heapMb() - before
    // 2,000 remembered 16 kB paths would be over 32 MB.
    expect(grown).toBeLessThan(8)
    // The counter is still alive (and so still holds whatever it remembered), and still counts.
    expect(visit(counter, '/bai-viet/slug')).toBe(true)
  })
})
